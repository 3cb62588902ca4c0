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
import { useTranslation } from "react-i18next"

const columnHelper = createDataTableColumnHelper<AdminHelpdeskInbox>()

const ChannelsCell = ({ inbox }: { inbox: AdminHelpdeskInbox }) => {
  const { t } = useTranslation()
  const channels = inbox.channels ?? []
  if (channels.length === 0) {
    return (
      <Text size="small" leading="compact" className="text-ui-fg-muted">
        {t("helpdesk.inboxes.noChannel")}
      </Text>
    )
  }
  const label = t("helpdesk.inboxes.channelCount", { count: channels.length })
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
  const { t } = useTranslation()
  const { mutateAsync } = useDeleteInbox(inbox.id)
  const channels = inbox.channels ?? []

  return (
    <RowActions
      label={t("helpdesk.inboxes.actionsForTheInbox", { name: inbox.name })}
      id={inbox.id}
      deleteRefusal={
        channels.length > 0
          ? t("helpdesk.inboxes.deleteRefusal", {
              name: inbox.name,
              channels: channels.map((c) => `"${c.name}"`).join(", "),
              count: channels.length,
            })
          : undefined
      }
      deletion={{
        title: t("helpdesk.inboxes.deleteTheInbox", { name: inbox.name }),
        description: t("helpdesk.inboxes.itsTicketsStayOutside"),
        remove: () => mutateAsync(),
        deleted: t("helpdesk.inboxes.inboxWasDeleted", { name: inbox.name }),
        failed: t("helpdesk.inboxes.theInboxCouldNot2"),
      }}
    />
  )
}

export const InboxListTable = () => {
  const { t } = useTranslation()
  const state = useSettingsListState()
  const { inboxes, count, isLoading, isError, error } = useInboxes(
    state.query,
    { placeholderData: keepPreviousData }
  )

  const columns = useMemo(
    () => [
      columnHelper.accessor("name", {
        header: t("helpdesk.inboxes.name"),
        cell: ({ getValue }) => <NameCell>{getValue()}</NameCell>,
      }),
      columnHelper.display({
        id: "channels",
        header: t("helpdesk.inboxes.channelsRoutingHere"),
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
    [t]
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
      title={t("helpdesk.inboxes.inboxes")}
      description={t("helpdesk.inboxes.queuesTicketsSitIn")}
      searchPlaceholder={t("helpdesk.inboxes.searchInboxes")}
      empty={
        <ListEmptyState
          icon={InboxSolid}
          title={t("helpdesk.inboxes.noInboxesYet")}
          description={t("helpdesk.inboxes.everyChatChannelGets")}
          createLabel={t("helpdesk.inboxes.createInbox")}
        />
      }
      filtered={{
        heading: t("helpdesk.inboxes.noInboxesMatchYour"),
        description: t("helpdesk.inboxes.tryADifferentName"),
      }}
    />
  )
}
