import { ChatBubbleLeftRight, Code, PencilSquare, Trash } from "@medusajs/icons"
import {
  Badge,
  Button,
  Container,
  createDataTableColumnHelper,
  DataTable,
  DataTablePaginationState,
  Heading,
  StatusBadge,
  Text,
  toast,
  Tooltip,
  useDataTable,
  usePrompt,
} from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useMemo, useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { useChannels, useDeleteChannel } from "../../hooks/api/channels"
import {
  isOpenAt,
  LOCALE_LABELS,
  summarizeOpeningHours,
} from "../../lib/channel-form"
import { AdminHelpdeskChannel } from "../../lib/types"
import { EmbedCodeDrawer } from "./embed-code-drawer"

const PAGE_SIZE = 20

const columnHelper = createDataTableColumnHelper<AdminHelpdeskChannel>()

const HoursCell = ({ channel }: { channel: AdminHelpdeskChannel }) => {
  // A switched-off channel shows no chat, whatever the hours say.
  const open = channel.enabled ? isOpenAt(channel, new Date()) : null
  const summary = summarizeOpeningHours(channel.opening_hours)
  const holidays = channel.holidays?.length ?? 0

  return (
    <Tooltip
      content={
        <span className="flex flex-col gap-y-1">
          <span>{summary}</span>
          <span>Time zone: {channel.timezone}</span>
          {holidays > 0 && (
            <span>
              {holidays} {holidays === 1 ? "holiday" : "holidays"}
            </span>
          )}
        </span>
      }
    >
      <div className="flex w-full min-w-0 max-w-[360px] items-center gap-x-2">
        {open !== null && (
          <StatusBadge color={open ? "green" : "grey"} className="shrink-0">
            {open ? "Open now" : "Closed now"}
          </StatusBadge>
        )}
        <Text size="small" leading="compact" className="truncate">
          {summary}{" "}
          <span className="text-ui-fg-muted">({channel.timezone})</span>
        </Text>
      </div>
    </Tooltip>
  )
}

const useColumns = (handlers: {
  onEdit: (channel: AdminHelpdeskChannel) => void
  onShowCode: (channel: AdminHelpdeskChannel) => void
  onDelete: (channel: AdminHelpdeskChannel) => void
}) => {
  return useMemo(
    () => [
      columnHelper.accessor("name", {
        header: "Name",
        cell: ({ getValue }) => (
          <Text
            size="small"
            weight="plus"
            leading="compact"
            className="truncate"
          >
            {getValue()}
          </Text>
        ),
      }),
      columnHelper.accessor("store_url", {
        header: "Store URL",
        cell: ({ getValue }) => (
          <Text
            size="small"
            leading="compact"
            className="text-ui-fg-subtle max-w-[240px] truncate"
          >
            {getValue()}
          </Text>
        ),
      }),
      columnHelper.accessor("locale", {
        header: "Language",
        cell: ({ getValue }) => LOCALE_LABELS[getValue()] ?? getValue(),
      }),
      columnHelper.display({
        id: "hours",
        header: "Opening hours",
        cell: ({ row }) => <HoursCell channel={row.original} />,
      }),
      columnHelper.accessor("agent_ids", {
        header: "Agents",
        cell: ({ getValue }) => {
          const count = getValue()?.length ?? 0
          return count === 0
            ? "All users"
            : `${count} ${count === 1 ? "user" : "users"}`
        },
      }),
      columnHelper.accessor("enabled", {
        header: "Status",
        cell: ({ getValue }) =>
          getValue() ? (
            <Badge size="2xsmall" color="green">
              Enabled
            </Badge>
          ) : (
            <Badge size="2xsmall" color="grey">
              Disabled
            </Badge>
          ),
      }),
      columnHelper.action({
        actions: ({ row }) => [
          [
            {
              label: "Edit",
              icon: <PencilSquare />,
              onClick: () => handlers.onEdit(row.original),
            },
            {
              label: "Show code",
              icon: <Code />,
              onClick: () => handlers.onShowCode(row.original),
            },
          ],
          [
            {
              label: "Delete",
              icon: <Trash />,
              onClick: () => void handlers.onDelete(row.original),
            },
          ],
        ],
      }),
    ],
    [handlers]
  )
}

export const ChannelListTable = () => {
  const navigate = useNavigate()
  const prompt = usePrompt()
  const [search, setSearch] = useState("")
  const [pagination, setPagination] = useState<DataTablePaginationState>({
    pageIndex: 0,
    pageSize: PAGE_SIZE,
  })
  const [codeFor, setCodeFor] = useState<AdminHelpdeskChannel | null>(null)

  const { channels, count, isLoading, isError, error } = useChannels(
    {
      limit: pagination.pageSize,
      offset: pagination.pageIndex * pagination.pageSize,
      q: search.trim() || undefined,
    },
    { placeholderData: keepPreviousData }
  )

  const { mutateAsync: deleteChannel } = useDeleteChannel()

  const handlers = useMemo(
    () => ({
      onEdit: (channel: AdminHelpdeskChannel) => navigate(`${channel.id}/edit`),
      onShowCode: (channel: AdminHelpdeskChannel) => setCodeFor(channel),
      onDelete: async (channel: AdminHelpdeskChannel) => {
        const confirmed = await prompt({
          title: "Delete this channel?",
          description: `"${channel.name}" will disappear from ${channel.store_url} and no new chats can start there. This cannot be undone.`,
          confirmText: "Delete",
          cancelText: "Cancel",
        })
        if (!confirmed) {
          return
        }
        try {
          await deleteChannel(channel.id)
          toast.success(`Channel "${channel.name}" was deleted.`)
        } catch (e) {
          toast.error(
            e instanceof Error ? e.message : "The channel could not be deleted."
          )
        }
      },
    }),
    [navigate, prompt, deleteChannel]
  )

  const columns = useColumns(handlers)

  const table = useDataTable({
    data: channels ?? [],
    columns,
    rowCount: count ?? 0,
    getRowId: (row) => row.id,
    isLoading,
    onRowClick: (_event, row) => navigate(`${row.id}/edit`),
    search: {
      state: search,
      onSearchChange: (value) => {
        setSearch(value)
        setPagination((current) => ({ ...current, pageIndex: 0 }))
      },
    },
    pagination: {
      state: pagination,
      onPaginationChange: setPagination,
    },
  })

  if (isError) {
    throw error
  }

  return (
    <Container className="divide-y p-0">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 px-6 py-4 md:flex-row md:items-center">
          <div className="flex flex-col gap-y-1">
            <Heading>Chat channels</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Each channel is one chat on one store, with its own look, hours
              and agents.
            </Text>
          </div>
          <div className="flex items-center gap-x-2">
            <DataTable.Search placeholder="Search channels" />
            <Button size="small" variant="secondary" asChild>
              <Link to="create">Create</Link>
            </Button>
          </div>
        </DataTable.Toolbar>
        <DataTable.Table
          emptyState={{
            empty: {
              custom: (
                <div className="flex flex-col items-center gap-y-3 py-10 text-center">
                  <ChatBubbleLeftRight className="text-ui-fg-subtle" />
                  <div className="flex flex-col gap-y-1">
                    <Text size="small" weight="plus" leading="compact">
                      No chat channels yet
                    </Text>
                    <Text size="small" className="text-ui-fg-subtle">
                      Create a channel, then paste its code into your store to
                      let shoppers chat with you.
                    </Text>
                  </div>
                  <Button size="small" variant="secondary" asChild>
                    <Link to="create">Create channel</Link>
                  </Button>
                </div>
              ),
            },
            filtered: {
              heading: "No channels match your search",
              description: "Try a different name.",
            },
          }}
        />
        <DataTable.Pagination />
      </DataTable>
      <EmbedCodeDrawer channel={codeFor} onClose={() => setCodeFor(null)} />
    </Container>
  )
}
