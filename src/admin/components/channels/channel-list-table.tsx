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
import { useTranslation } from "react-i18next"

const columnHelper = createDataTableColumnHelper<AdminHelpdeskChannel>()

const HoursCell = ({ channel }: { channel: AdminHelpdeskChannel }) => {
  const { t } = useTranslation()
  // A switched-off channel shows no chat, whatever the hours say.
  const open = channel.enabled ? isOpenAt(channel, new Date()) : null
  const summary = summarizeOpeningHours(channel.opening_hours)
  const holidays = channel.holidays?.length ?? 0

  return (
    <Tooltip
      content={
        <span className="flex flex-col gap-y-1">
          <span>{summary}</span>
          <span>
            {t("helpdesk.channels.timeZone2")} {channel.timezone}
          </span>
          {holidays > 0 && (
            <span>
              {t("helpdesk.channels.holidayCount", { count: holidays })}
            </span>
          )}
        </span>
      }
    >
      <div className="flex w-full min-w-0 max-w-[360px] items-center gap-x-2">
        {open !== null && (
          <StatusBadge color={open ? "green" : "grey"} className="shrink-0">
            {open
              ? t("helpdesk.channels.openNow")
              : t("helpdesk.channels.closedNow")}
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
  const { t } = useTranslation()
  return useMemo(
    () => [
      columnHelper.accessor("name", {
        header: t("helpdesk.channels.name"),
        cell: ({ getValue }) => <NameCell>{getValue()}</NameCell>,
      }),
      columnHelper.accessor("store_url", {
        header: t("helpdesk.channels.storeUrl"),
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
        header: t("helpdesk.channels.language"),
        cell: ({ getValue }) => LOCALE_LABELS[getValue()] ?? getValue(),
      }),
      columnHelper.display({
        id: "hours",
        header: t("helpdesk.channels.openingHours"),
        cell: ({ row }) => <HoursCell channel={row.original} />,
      }),
      columnHelper.accessor("agent_ids", {
        header: t("helpdesk.channels.agents"),
        cell: ({ getValue }) => {
          const count = getValue()?.length ?? 0
          return count === 0
            ? t("helpdesk.channels.allUsers")
            : t("helpdesk.channels.userCount", { count })
        },
      }),
      columnHelper.accessor("enabled", {
        header: t("helpdesk.channels.status"),
        cell: ({ getValue }) =>
          getValue() ? (
            <Badge size="2xsmall" color="green">
              {t("helpdesk.channels.enabled")}
            </Badge>
          ) : (
            <Badge size="2xsmall" color="grey">
              {t("helpdesk.channels.disabled")}
            </Badge>
          ),
      }),
      columnHelper.action({
        actions: ({ row }) => [
          [
            {
              label: t("helpdesk.channels.edit"),
              icon: <PencilSquare />,
              onClick: () => handlers.onEdit(row.original),
            },
            {
              label: t("helpdesk.channels.showCode"),
              icon: <Code />,
              onClick: () => handlers.onShowCode(row.original),
            },
          ],
          [
            {
              label: t("helpdesk.channels.delete"),
              icon: <Trash />,
              onClick: () => void handlers.onDelete(row.original),
            },
          ],
        ],
      }),
    ],
    [handlers, t]
  )
}

export const ChannelListTable = () => {
  const { t } = useTranslation()
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
          title: t("helpdesk.channels.deleteThisChannel"),
          description: t("helpdesk.channels.willDisappearFromAnd", {
            name: channel.name,
            store_url: channel.store_url,
          }),
          remove: () => deleteChannel(channel.id),
          deleted: t("helpdesk.channels.channelWasDeleted", {
            name: channel.name,
          }),
          failed: t("helpdesk.channels.theChannelCouldNot2"),
        }),
    }),
    [navigate, confirmDelete, deleteChannel, t]
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
      title={t("helpdesk.channels.chatChannels")}
      description={t("helpdesk.channels.eachChannelIsOne")}
      searchPlaceholder={t("helpdesk.channels.searchChannels")}
      empty={
        <ListEmptyState
          icon={ChatBubbleLeftRight}
          title={t("helpdesk.channels.noChatChannelsYet")}
          description={t("helpdesk.channels.createAChannelThen")}
          createLabel={t("helpdesk.channels.createChannel")}
        />
      }
      filtered={{
        heading: t("helpdesk.channels.noChannelsMatchYour"),
        description: t("helpdesk.channels.tryADifferentName"),
      }}
    >
      <EmbedCodeDrawer channel={codeFor} onClose={() => setCodeFor(null)} />
    </SettingsListTable>
  )
}
