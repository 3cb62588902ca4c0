import { ChatBubbleLeftRight, Code, PencilSquare, Trash } from "@medusajs/icons"
import {
  Badge,
  createDataTableColumnHelper,
  StatusBadge,
  Text,
  Tooltip,
} from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useMemo, useState } from "react"
import { useNavigate } from "react-router-dom"
import { useChannels, useDeleteChannel } from "../../hooks/api/channels"
import {
  isOpenAt,
  LOCALE_LABELS,
  summarizeOpeningHours,
} from "../../lib/channel-form"
import { AdminHelpdeskChannel } from "../../lib/types"
import { useDeletePrompt } from "../row-actions"
import {
  ListEmptyState,
  NameCell,
  SettingsListTable,
  useSettingsDataTable,
  useSettingsListState,
} from "../settings-list-table"
import { EmbedCodeDrawer } from "./embed-code-drawer"

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
        cell: ({ getValue }) => <NameCell>{getValue()}</NameCell>,
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
  const confirmDelete = useDeletePrompt()
  const state = useSettingsListState()
  const [codeFor, setCodeFor] = useState<AdminHelpdeskChannel | null>(null)

  const { channels, count, isLoading, isError, error } = useChannels(
    state.query,
    { placeholderData: keepPreviousData }
  )

  const { mutateAsync: deleteChannel } = useDeleteChannel()

  const handlers = useMemo(
    () => ({
      onEdit: (channel: AdminHelpdeskChannel) => navigate(`${channel.id}/edit`),
      onShowCode: (channel: AdminHelpdeskChannel) => setCodeFor(channel),
      onDelete: (channel: AdminHelpdeskChannel) =>
        confirmDelete({
          title: "Delete this channel?",
          description: `"${channel.name}" will disappear from ${channel.store_url} and no new chats can start there. This cannot be undone.`,
          remove: () => deleteChannel(channel.id),
          deleted: `Channel "${channel.name}" was deleted.`,
          failed: "The channel could not be deleted.",
        }),
    }),
    [navigate, confirmDelete, deleteChannel]
  )

  const columns = useColumns(handlers)

  const table = useSettingsDataTable({
    state,
    data: channels,
    columns,
    rowCount: count,
    isLoading,
  })

  if (isError) {
    throw error
  }

  return (
    <SettingsListTable
      table={table}
      title="Chat channels"
      description="Each channel is one chat on one store, with its own look, hours and agents."
      searchPlaceholder="Search channels"
      empty={
        <ListEmptyState
          icon={ChatBubbleLeftRight}
          title="No chat channels yet"
          description="Create a channel, then paste its code into your store to let shoppers chat with you."
          createLabel="Create channel"
        />
      }
      filtered={{
        heading: "No channels match your search",
        description: "Try a different name.",
      }}
    >
      <EmbedCodeDrawer channel={codeFor} onClose={() => setCodeFor(null)} />
    </SettingsListTable>
  )
}
