import type { WireMessage } from "../../types/realtime"
import type {
  AuthorType,
  TicketPriority,
  TicketStatus,
  TicketView,
} from "../../types/ticket"
import type { SentimentLabel, TopicId } from "../../types/classification"
import type {
  AdminHelpdeskListParams,
  AdminHelpdeskTask,
  ListResponse,
} from "./settings-types"

export type { WireMessage } from "../../types/realtime"
export type {
  AuthorType,
  MessageKind,
  TaskStatus,
  TicketPriority,
  TicketStatus,
  TicketView,
} from "../../types/ticket"
export {
  MAX_MESSAGE_LENGTH,
  TASK_STATUSES,
  TICKET_PRIORITIES,
  TICKET_STATUSES,
  TICKET_VIEWS,
} from "../../types/ticket"

export type TicketViewCounts = Record<TicketView, number>

export type AdminTicketTag = {
  id: string
  name: string
  color: string | null
}

/** A ticket as the inbox lists it. */
export type AdminTicketRow = {
  id: string
  number: number
  subject: string
  status: TicketStatus
  priority: TicketPriority
  customer_name: string | null
  customer_email: string
  customer_id: string | null
  channel_id: string | null
  inbox_id: string | null
  team_id: string | null
  assignee_id: string | null
  seller_login: string | null
  last_message_at: string | null
  last_message_author: AuthorType | null
  skip_next_autoresponder: boolean
  /** positive / neutral / negative, from the classifier or an agent */
  sentiment: string | null
  sentiment_flags: string[] | null
  /** the topic, e.g. "refund" */
  context: string | null
  created_at: string
  updated_at: string
  closed_at: string | null
  /** The customer wrote last and the ticket is not closed: someone owes them an answer. */
  unread: boolean
  tags: AdminTicketTag[]
  /** with `order_id`: linked to that order by hand, not found by its e-mail */
  linked?: boolean
}

/** A task as the ticket page lists it (the fields the ticket's query asks for). */
export type AdminTicketTask = Pick<
  AdminHelpdeskTask,
  | "id"
  | "title"
  | "description"
  | "status"
  | "due_at"
  | "assignee_id"
  | "project_id"
>

/** A ticket with everything its page shows. */
export type AdminTicket = AdminTicketRow & {
  first_response_at: string | null
  page_url: string | null
  user_agent: string | null
  locale: string | null
  /** the agent who chose the label by hand; null while the classifier sets it */
  sentiment_set_by: string | null
  context_set_by: string | null
  channel: { id: string; name: string } | null
  inbox: { id: string; name: string } | null
  team: { id: string; name: string } | null
  followers: { id: string; user_id: string }[]
  tasks: AdminTicketTask[]
  /** The last message of kind "message" (not notes or events). */
  last_message: {
    seq: number
    author_type: AuthorType
    author_id: string | null
    created_at: string
  } | null
}

export type AdminTicketListParams = AdminHelpdeskListParams & {
  view?: TicketView
  status?: TicketStatus | TicketStatus[]
  priority?: TicketPriority | TicketPriority[]
  /** A user id, or "none" for tickets nobody has. */
  assignee_id?: string
  channel_id?: string
  inbox_id?: string
  tag_id?: string
  team_id?: string
  customer_id?: string
  email?: string
  /** "1042" or "#1042" */
  number?: string
  order_id?: string
  sentiment?: string
  sentiment_flag?: string
  context?: string
}

export type AdminTicketListResponse = ListResponse<
  "tickets",
  AdminTicketRow
> & {
  view_counts: TicketViewCounts
}

export type AdminTicketResponse = {
  ticket: AdminTicket
}

export type AdminUpdateTicket = {
  status?: TicketStatus
  priority?: TicketPriority
  assignee_id?: string | null
  team_id?: string | null
  inbox_id?: string
  /** Replaces every tag of the ticket. */
  tag_ids?: string[]
  /** Replaces every follower of the ticket. */
  follower_ids?: string[]
  /** Chosen by hand (later messages keep it); null hands it back to the classifier. */
  sentiment?: SentimentLabel | null
  context?: TopicId | null
}

export type AdminCreateTicket = {
  email: string
  name?: string
  subject: string
  message: string
  channel_id?: string
}

export type AdminTicketMessagesResponse = {
  messages: WireMessage[]
}

export type AdminTicketMessageResponse = {
  message: WireMessage
}

export type AdminSendTicketMessage = {
  body: string
  kind: "message" | "note"
  client_id: string
  /** files uploaded for this message (POST /admin/helpdesk/tickets/:id/attachments) */
  attachment_ids?: string[]
}

export type AdminTicketContactResponse = {
  contact: { id: string; email: string; name: string | null }
  ticket: AdminTicket
}
