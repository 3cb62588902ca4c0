import { Badge, StatusBadge, Tooltip } from "@medusajs/ui"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"
import type { TFunction } from "i18next"
import { useUsers } from "../../hooks/api/users"
import { userDisplayName } from "../../lib/channel-form"
import type {
  AdminTicketTag,
  TaskStatus,
  TicketPriority,
  TicketStatus,
  TicketView,
} from "../../lib/ticket-types"
import type {
  SentimentFlag,
  SentimentLabel,
  TopicId,
} from "../../../types/classification"
import { AGENT_USER_QUERY } from "../channels/agent-picker"
import { Bidi } from "../../lib/bidi"
import { dateTimeFormat, formatRelative } from "../../lib/locale"

export const VIEW_LABELS: Record<TicketView, string> = {
  to_handle: "helpdesk.views.to_handle",
  mine: "helpdesk.views.mine",
  unassigned: "helpdesk.views.unassigned",
  pending: "helpdesk.views.pending",
  closed: "helpdesk.views.closed",
  all: "helpdesk.views.all",
}

export const STATUS_LABELS: Record<TicketStatus, string> = {
  new: "helpdesk.status.new",
  open: "helpdesk.status.open",
  pending: "helpdesk.status.pending",
  closed: "helpdesk.status.closed",
}

const STATUS_COLORS: Record<
  TicketStatus,
  "blue" | "green" | "orange" | "grey"
> = {
  new: "blue",
  open: "green",
  pending: "orange",
  closed: "grey",
}

export const PRIORITY_LABELS: Record<TicketPriority, string> = {
  low: "helpdesk.priority.low",
  normal: "helpdesk.priority.normal",
  high: "helpdesk.priority.high",
  urgent: "helpdesk.priority.urgent",
}

const PRIORITY_COLORS: Record<
  TicketPriority,
  "grey" | "blue" | "orange" | "red"
> = {
  low: "grey",
  normal: "blue",
  high: "orange",
  urgent: "red",
}

export const TASK_STATUS_LABELS: Record<TaskStatus, string> = {
  todo: "helpdesk.taskStatus.todo",
  doing: "helpdesk.taskStatus.doing",
  done: "helpdesk.taskStatus.done",
}

export const TicketStatusBadge = ({ status }: { status: TicketStatus }) => {
  const { t } = useTranslation()
  return (
    <StatusBadge color={STATUS_COLORS[status]} className="shrink-0">
      {t(STATUS_LABELS[status])}
    </StatusBadge>
  )
}

export const TicketPriorityBadge = ({
  priority,
}: {
  priority: TicketPriority
}) => {
  const { t } = useTranslation()
  return (
    <Badge size="2xsmall" color={PRIORITY_COLORS[priority]}>
      {t(PRIORITY_LABELS[priority])}
    </Badge>
  )
}

export const SENTIMENT_NAMES: Record<SentimentLabel, string> = {
  positive: "helpdesk.sentiment.positive",
  neutral: "helpdesk.sentiment.neutral",
  negative: "helpdesk.sentiment.negative",
}
const SENTIMENT_COLORS: Record<SentimentLabel, "green" | "grey" | "red"> = {
  positive: "green",
  neutral: "grey",
  negative: "red",
}
export const FLAG_NAMES: Record<SentimentFlag, string> = {
  urgent: "helpdesk.flags.urgent",
  threatening: "helpdesk.flags.threatening",
  offensive: "helpdesk.flags.offensive",
}
export const TOPIC_NAMES: Record<TopicId, string> = {
  order_status: "helpdesk.topics.order_status",
  shipping_delivery: "helpdesk.topics.shipping_delivery",
  order_change_cancel: "helpdesk.topics.order_change_cancel",
  return: "helpdesk.topics.return",
  refund: "helpdesk.topics.refund",
  complaint_damaged: "helpdesk.topics.complaint_damaged",
  payment_invoice: "helpdesk.topics.payment_invoice",
  product_question: "helpdesk.topics.product_question",
  discount: "helpdesk.topics.discount",
  feedback_thanks: "helpdesk.topics.feedback_thanks",
  other: "helpdesk.topics.other",
}
const isSentiment = (v: string | null): v is SentimentLabel =>
  !!v && v in SENTIMENT_NAMES
const isFlag = (v: string): v is SentimentFlag => v in FLAG_NAMES
export const topicName = (v: string | null, t: TFunction) =>
  v ? (v in TOPIC_NAMES ? t(TOPIC_NAMES[v as TopicId]) : v) : null

/** The shopper's mood and what alarmed the classifier, as badges. */
export const SentimentBadges = ({
  sentiment,
  flags,
}: {
  sentiment: string | null
  flags: string[] | null
}) => {
  const { t } = useTranslation()
  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      {isSentiment(sentiment) && (
        <Badge size="2xsmall" color={SENTIMENT_COLORS[sentiment]}>
          {t(SENTIMENT_NAMES[sentiment])}
        </Badge>
      )}
      {(flags ?? []).filter(isFlag).map((flag) => (
        <Badge key={flag} size="2xsmall" color="orange">
          {t(FLAG_NAMES[flag])}
        </Badge>
      ))}
    </span>
  )
}

export const TagBadge = ({ tag }: { tag: AdminTicketTag }) => (
  <Badge size="2xsmall" className="max-w-[140px] gap-x-1">
    <span
      aria-hidden
      className="size-2 shrink-0 rounded-full"
      style={{ backgroundColor: tag.color ?? "#a1a1aa" }}
    />
    <span className="truncate">
      <Bidi>{tag.name}</Bidi>
    </span>
  </Badge>
)

// dates, times and "ago" follow the language picked in Medusa Admin, read when formatting
export const formatDateTime = (value: string | null | undefined) =>
  value
    ? dateTimeFormat({ dateStyle: "medium", timeStyle: "short" }).format(
        new Date(value)
      )
    : "—"

/** "14:05" today, "3 Mar" before, as mail clients show it. */
export const formatShortTime = (value: string | null | undefined) => {
  if (!value) {
    return "—"
  }
  const date = new Date(value)
  const now = new Date()
  return date.toDateString() === now.toDateString()
    ? dateTimeFormat({ timeStyle: "short" }).format(date)
    : dateTimeFormat({ day: "numeric", month: "short" }).format(date)
}

/** "now", "5 min ago", "2 hr. ago", "yesterday", "3 days ago" (in Polish: "5 min temu"…). */
export const formatTimeAgo = (value: string | null | undefined) => {
  if (!value) {
    return "—"
  }
  const seconds = Math.max(
    0,
    Math.round((Date.now() - new Date(value).getTime()) / 1000)
  )
  if (seconds < 60) {
    return formatRelative(0, "second")
  }
  const minutes = Math.round(seconds / 60)
  if (minutes < 60) {
    return formatRelative(-minutes, "minute")
  }
  const hours = Math.round(minutes / 60)
  if (hours < 24) {
    return formatRelative(-hours, "hour")
  }
  return formatRelative(-Math.round(hours / 24), "day")
}

export const TimeAgo = ({ value }: { value: string | null | undefined }) => {
  // re-renders when the admin's language changes
  useTranslation()
  return value ? (
    <Tooltip content={formatDateTime(value)}>
      <time dateTime={value}>{formatTimeAgo(value)}</time>
    </Tooltip>
  ) : (
    <span>—</span>
  )
}

export type AdminUserOption = {
  id: string
  email: string
  first_name?: string | null
  last_name?: string | null
}

/** Every admin user (the possible assignees and followers) and a name for each id. */
export const useAgentDirectory = () => {
  const { t } = useTranslation()
  const { users, isPending, isError, error } = useUsers(AGENT_USER_QUERY)

  return useMemo(() => {
    const list: AdminUserOption[] = users ?? []
    const names = new Map(list.map((user) => [user.id, userDisplayName(user)]))
    return {
      users: list,
      isPending,
      isError,
      error,
      nameOf: (id: string | null | undefined) =>
        id ? (names.get(id) ?? t("helpdesk.common.unknownUser")) : null,
    }
  }, [users, isPending, isError, error, t])
}
