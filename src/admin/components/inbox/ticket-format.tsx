import { Badge, StatusBadge, Tooltip } from "@medusajs/ui"
import { useMemo } from "react"
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

export const VIEW_LABELS: Record<TicketView, string> = {
  to_handle: "To handle",
  mine: "Mine",
  unassigned: "Unassigned",
  pending: "Pending",
  closed: "Closed",
  all: "All",
}

export const STATUS_LABELS: Record<TicketStatus, string> = {
  new: "New",
  open: "Open",
  pending: "Pending",
  closed: "Closed",
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
  low: "Low",
  normal: "Normal",
  high: "High",
  urgent: "Urgent",
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
  todo: "To do",
  doing: "Doing",
  done: "Done",
}

export const TicketStatusBadge = ({ status }: { status: TicketStatus }) => (
  <StatusBadge color={STATUS_COLORS[status]} className="shrink-0">
    {STATUS_LABELS[status]}
  </StatusBadge>
)

export const TicketPriorityBadge = ({
  priority,
}: {
  priority: TicketPriority
}) => (
  <Badge size="2xsmall" color={PRIORITY_COLORS[priority]}>
    {PRIORITY_LABELS[priority]}
  </Badge>
)

export const SENTIMENT_NAMES: Record<SentimentLabel, string> = {
  positive: "Positive",
  neutral: "Neutral",
  negative: "Negative",
}
const SENTIMENT_COLORS: Record<SentimentLabel, "green" | "grey" | "red"> = {
  positive: "green",
  neutral: "grey",
  negative: "red",
}
export const FLAG_NAMES: Record<SentimentFlag, string> = {
  urgent: "Urgent",
  threatening: "Threatening",
  offensive: "Offensive",
}
export const TOPIC_NAMES: Record<TopicId, string> = {
  order_status: "Order status",
  shipping_delivery: "Shipping & delivery",
  order_change_cancel: "Order change or cancel",
  return: "Return",
  refund: "Refund",
  complaint_damaged: "Complaint, damaged",
  payment_invoice: "Payment & invoice",
  product_question: "Product question",
  discount: "Discount",
  feedback_thanks: "Feedback & thanks",
  other: "Other",
}
const isSentiment = (v: string | null): v is SentimentLabel =>
  !!v && v in SENTIMENT_NAMES
const isFlag = (v: string): v is SentimentFlag => v in FLAG_NAMES
export const topicName = (v: string | null) =>
  v ? (TOPIC_NAMES[v as TopicId] ?? v) : null

/** The shopper's mood and what alarmed the classifier, as badges. */
export const SentimentBadges = ({
  sentiment,
  flags,
}: {
  sentiment: string | null
  flags: string[] | null
}) => (
  <span className="inline-flex flex-wrap items-center gap-1">
    {isSentiment(sentiment) && (
      <Badge size="2xsmall" color={SENTIMENT_COLORS[sentiment]}>
        {SENTIMENT_NAMES[sentiment]}
      </Badge>
    )}
    {(flags ?? []).filter(isFlag).map((flag) => (
      <Badge key={flag} size="2xsmall" color="orange">
        {FLAG_NAMES[flag]}
      </Badge>
    ))}
  </span>
)

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

const dateTimeFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: "medium",
  timeStyle: "short",
})
const timeFormat = new Intl.DateTimeFormat(undefined, { timeStyle: "short" })
const dayFormat = new Intl.DateTimeFormat(undefined, {
  day: "numeric",
  month: "short",
})

export const formatDateTime = (value: string | null | undefined) =>
  value ? dateTimeFormat.format(new Date(value)) : "—"

/** "14:05" today, "3 Mar" before, as mail clients show it. */
export const formatShortTime = (value: string | null | undefined) => {
  if (!value) {
    return "—"
  }
  const date = new Date(value)
  const now = new Date()
  return date.toDateString() === now.toDateString()
    ? timeFormat.format(date)
    : dayFormat.format(date)
}

/** "5 min ago", "2 h ago", "3 days ago". */
export const formatTimeAgo = (value: string | null | undefined) => {
  if (!value) {
    return "—"
  }
  const seconds = Math.max(
    0,
    Math.round((Date.now() - new Date(value).getTime()) / 1000)
  )
  if (seconds < 60) {
    return "just now"
  }
  const minutes = Math.round(seconds / 60)
  if (minutes < 60) {
    return `${minutes} min ago`
  }
  const hours = Math.round(minutes / 60)
  if (hours < 24) {
    return `${hours} h ago`
  }
  const days = Math.round(hours / 24)
  return days === 1 ? "yesterday" : `${days} days ago`
}

export const TimeAgo = ({ value }: { value: string | null | undefined }) =>
  value ? (
    <Tooltip content={formatDateTime(value)}>
      <time dateTime={value}>{formatTimeAgo(value)}</time>
    </Tooltip>
  ) : (
    <span>—</span>
  )

export type AdminUserOption = {
  id: string
  email: string
  first_name?: string | null
  last_name?: string | null
}

/** Every admin user (the possible assignees and followers) and a name for each id. */
export const useAgentDirectory = () => {
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
        id ? (names.get(id) ?? "Unknown user") : null,
    }
  }, [users, isPending, isError, error])
}
