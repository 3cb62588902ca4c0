import { InboxSolid } from "@medusajs/icons"
import { createDataTableColumnHelper, Text, Tooltip } from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useMemo } from "react"
import { useDeleteInbox, useInboxes } from "../../hooks/api/inboxes"
import type { AdminHelpdeskInbox } from "../../lib/settings-types"
import { RowActions } from "../row-actions"
import {
  ListEmptyState,
  NameCell,
  SettingsListTable,
  useSettingsDataTable,
  useSettingsListState,
} from "../settings-list-table"

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
  const { mutateAsync } = useDeleteInbox(inbox.id)
  const channels = inbox.channels ?? []

  return (
    <RowActions
      label={`Actions for the inbox ${inbox.name}`}
      id={inbox.id}
      deleteRefusal={
        channels.length > 0
          ? `"${inbox.name}" still receives the tickets of ${channels
              .map((c) => `"${c.name}"`)
              .join(
                ", "
              )}. Route ${channels.length === 1 ? "that channel" : "those channels"} to another inbox first.`
          : undefined
      }
      deletion={{
        title: `Delete the inbox "${inbox.name}"?`,
        description:
          "Its tickets stay, outside any inbox. This cannot be undone.",
        remove: () => mutateAsync(),
        deleted: `Inbox "${inbox.name}" was deleted.`,
        failed: "The inbox could not be deleted.",
      }}
    />
  )
}

export const InboxListTable = () => {
  const state = useSettingsListState()
  const { inboxes, count, isLoading, isError, error } = useInboxes(
    state.query,
    { placeholderData: keepPreviousData }
  )

  const columns = useMemo(
    () => [
      columnHelper.accessor("name", {
        header: "Name",
        cell: ({ getValue }) => <NameCell>{getValue()}</NameCell>,
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

  const table = useSettingsDataTable({
    state,
    data: inboxes,
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
      title="Inboxes"
      description="Queues tickets sit in. Each chat channel sends its new tickets to one inbox."
      searchPlaceholder="Search inboxes"
      empty={
        <ListEmptyState
          icon={InboxSolid}
          title="No inboxes yet"
          description="Every chat channel gets an inbox of its own when it is created; add more to split tickets into queues."
          createLabel="Create inbox"
        />
      }
      filtered={{
        heading: "No inboxes match your search",
        description: "Try a different name.",
      }}
    />
  )
}
