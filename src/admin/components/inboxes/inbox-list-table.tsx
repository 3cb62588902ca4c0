import {
  EllipsisHorizontal,
  InboxSolid,
  PencilSquare,
  Trash,
} from "@medusajs/icons"
import {
  Button,
  Container,
  createDataTableColumnHelper,
  DataTable,
  DataTablePaginationState,
  DropdownMenu,
  Heading,
  IconButton,
  Text,
  toast,
  Tooltip,
  useDataTable,
  usePrompt,
} from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useMemo, useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { useDeleteInbox, useInboxes } from "../../hooks/api/inboxes"
import type { AdminHelpdeskInbox } from "../../lib/settings-types"

const PAGE_SIZE = 20

const columnHelper = createDataTableColumnHelper<AdminHelpdeskInbox>()

const ChannelsCell = ({ inbox }: { inbox: AdminHelpdeskInbox }) => {
  const channels = inbox.channels ?? []
  if (channels.length === 0) {
    return (
      <Text size="small" leading="compact" className="text-ui-fg-muted">
        No channel
      </Text>
    )
  }
  const label = `${channels.length} ${channels.length === 1 ? "channel" : "channels"}`
  return (
    <Tooltip content={channels.map((c) => c.name).join(", ")}>
      <Text size="small" leading="compact">
        {label}
      </Text>
    </Tooltip>
  )
}

/** Edit and delete for one row; the delete hook is bound to that row's inbox. */
const InboxRowActions = ({ inbox }: { inbox: AdminHelpdeskInbox }) => {
  const navigate = useNavigate()
  const prompt = usePrompt()
  const { mutateAsync } = useDeleteInbox(inbox.id)
  const channels = inbox.channels ?? []

  const onDelete = async () => {
    if (channels.length > 0) {
      toast.error(
        `"${inbox.name}" still receives the tickets of ${channels
          .map((c) => `"${c.name}"`)
          .join(
            ", "
          )}. Route ${channels.length === 1 ? "that channel" : "those channels"} to another inbox first.`
      )
      return
    }
    const confirmed = await prompt({
      title: `Delete the inbox "${inbox.name}"?`,
      description:
        "Its tickets stay, outside any inbox. This cannot be undone.",
      confirmText: "Delete",
      cancelText: "Cancel",
    })
    if (!confirmed) {
      return
    }
    try {
      await mutateAsync()
      toast.success(`Inbox "${inbox.name}" was deleted.`)
    } catch (e) {
      toast.error(
        e instanceof Error ? e.message : "The inbox could not be deleted."
      )
    }
  }

  return (
    <DropdownMenu>
      <DropdownMenu.Trigger asChild>
        <IconButton
          size="small"
          variant="transparent"
          aria-label={`Actions for the inbox ${inbox.name}`}
          onClick={(event) => event.stopPropagation()}
        >
          <EllipsisHorizontal />
        </IconButton>
      </DropdownMenu.Trigger>
      {/* the menu is portalled, but its clicks still bubble to the row */}
      <DropdownMenu.Content onClick={(event) => event.stopPropagation()}>
        <DropdownMenu.Item
          className="gap-x-2"
          onClick={() => navigate(`${inbox.id}/edit`)}
        >
          <PencilSquare className="text-ui-fg-subtle" />
          Edit
        </DropdownMenu.Item>
        <DropdownMenu.Separator />
        <DropdownMenu.Item className="gap-x-2" onClick={() => void onDelete()}>
          <Trash className="text-ui-fg-subtle" />
          Delete
        </DropdownMenu.Item>
      </DropdownMenu.Content>
    </DropdownMenu>
  )
}

export const InboxListTable = () => {
  const navigate = useNavigate()
  const [search, setSearch] = useState("")
  const [pagination, setPagination] = useState<DataTablePaginationState>({
    pageIndex: 0,
    pageSize: PAGE_SIZE,
  })

  const { inboxes, count, isLoading, isError, error } = useInboxes(
    {
      limit: pagination.pageSize,
      offset: pagination.pageIndex * pagination.pageSize,
      q: search.trim() || undefined,
    },
    { placeholderData: keepPreviousData }
  )

  const columns = useMemo(
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
      columnHelper.display({
        id: "channels",
        header: "Channels routing here",
        cell: ({ row }) => <ChannelsCell inbox={row.original} />,
      }),
      columnHelper.display({
        id: "actions",
        cell: ({ row }) => (
          <div className="flex justify-end">
            <InboxRowActions inbox={row.original} />
          </div>
        ),
      }),
    ],
    []
  )

  const table = useDataTable({
    data: inboxes ?? [],
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
            <Heading>Inboxes</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Queues tickets sit in. Each chat channel sends its new tickets to
              one inbox.
            </Text>
          </div>
          <div className="flex items-center gap-x-2">
            <DataTable.Search placeholder="Search inboxes" />
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
                  <InboxSolid className="text-ui-fg-subtle" />
                  <div className="flex flex-col gap-y-1">
                    <Text size="small" weight="plus" leading="compact">
                      No inboxes yet
                    </Text>
                    <Text size="small" className="text-ui-fg-subtle">
                      Every chat channel gets an inbox of its own when it is
                      created; add more to split tickets into queues.
                    </Text>
                  </div>
                  <Button size="small" variant="secondary" asChild>
                    <Link to="create">Create inbox</Link>
                  </Button>
                </div>
              ),
            },
            filtered: {
              heading: "No inboxes match your search",
              description: "Try a different name.",
            },
          }}
        />
        <DataTable.Pagination />
      </DataTable>
    </Container>
  )
}
