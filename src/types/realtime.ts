/**
 * The one real-time contract shared by the server (src/realtime), the Admin inbox and the
 * storefront widget. Types only, plus a few constants: the widget bundles this file, so it
 * must stay free of server imports.
 */
import type {
  AuthorType,
  MessageKind,
  TicketPriority,
  TicketStatus,
} from "./ticket"
import type { WireAttachment } from "./attachment"

/** socket.io is served on Medusa's own port under this path. */
export const REALTIME_PATH = "/helpdesk/socket.io"

export const VISITOR_NAMESPACE = "/visitor"
export const AGENT_NAMESPACE = "/agent"

/** A message as it travels to clients. */
export type WireMessage = {
  id: string
  ticket_id: string
  /** 1, 2, 3… per ticket, gap-free: clients replay everything after the last seq they hold. */
  seq: number
  client_id: string | null
  author_type: AuthorType
  /** The agent's first name for agent messages; null otherwise. */
  author_name: string | null
  body: string
  kind: MessageKind
  created_at: string
  /** Files the message carries; `url` is a route that checks who asks (see WireAttachment). */
  attachments: WireAttachment[]
}

/** What the shopper may know about their conversation. */
export type WireConversation = {
  id: string
  number: number
  subject: string
  status: TicketStatus
  channel_id: string | null
  customer_name: string | null
  customer_email: string
  /** First name of the agent handling it, once someone joined. */
  agent_name: string | null
  created_at: string
}

/** What agents see of a ticket in lists and live updates. */
export type WireTicket = WireConversation & {
  priority: TicketPriority
  assignee_id: string | null
  inbox_id: string | null
  team_id: string | null
  last_message_at: string | null
  last_message_author: AuthorType | null
  /** positive / neutral / negative, from the classifier or an agent */
  sentiment: string | null
  sentiment_flags: string[] | null
  /** the topic, e.g. "refund" */
  context: string | null
}

/** Error codes a client may receive; anything else is reported as "internal". */
export const REALTIME_ERROR_CODES = [
  "invalid_data",
  "unauthorized",
  "not_found",
  "rate_limited",
  "internal",
] as const
export type RealtimeErrorCode = (typeof REALTIME_ERROR_CODES)[number]

export type RealtimeError = {
  code: RealtimeErrorCode
  message: string
  /** For rate_limited: seconds before the client may try again. */
  retry_after?: number
  /** For internal: the id the server logged the failure under, to quote to support. */
  error_id?: string
}

export type SendAck =
  { ok: true; message: WireMessage } | { ok: false; error: RealtimeError }
export type ReplayAck =
  { ok: true; messages: WireMessage[] } | { ok: false; error: RealtimeError }

/** Typing takes an optional ack: `{ ok: false }` when the update was refused (e.g. too often). */
export type TypingAck = { ok: true } | { ok: false; error: RealtimeError }

export type TypingEvent = {
  ticket_id: string
  author_type: "customer" | "agent"
  /** Agent's first name, or the shopper's name. */
  name: string | null
  typing: boolean
}

export type AgentJoinedEvent = {
  ticket_id: string
  agent: { id: string; first_name: string | null }
  /** The system line "<first name> joined the chat" as stored in the transcript. */
  message: WireMessage
}

/* ---------- /visitor namespace (auth: { token: visitor_token }) ---------- */

export interface VisitorClientToServerEvents {
  "message:send": (
    payload: { client_id: string; body: string },
    ack: (res: SendAck) => void
  ) => void
  /** Everything after `after_seq` the shopper may see (no internal notes). */
  replay: (
    payload: { after_seq: number },
    ack: (res: ReplayAck) => void
  ) => void
  typing: (payload: { typing: boolean }, ack?: (res: TypingAck) => void) => void
  /**
   * The widget holds every message up to `seq` (sent as messages arrive on the socket): a
   * reply it holds is not e-mailed to the shopper. No answer.
   */
  seen: (payload: { seq: number }) => void
}

export interface VisitorServerToClientEvents {
  "message:new": (message: WireMessage) => void
  typing: (event: TypingEvent) => void
  "agent:joined": (event: AgentJoinedEvent) => void
  "ticket:updated": (event: { conversation: WireConversation }) => void
}

/* ---------- /agent namespace (auth: { token } from POST /admin/helpdesk/realtime/token) ---------- */

export interface AgentClientToServerEvents {
  "message:send": (
    payload: {
      ticket_id: string
      client_id: string
      body: string
      kind?: "message" | "note"
    },
    ack: (res: SendAck) => void
  ) => void
  replay: (
    payload: { ticket_id: string; after_seq: number },
    ack: (res: ReplayAck) => void
  ) => void
  typing: (
    payload: { ticket_id: string; typing: boolean },
    ack?: (res: TypingAck) => void
  ) => void
  /** Follow one ticket's transcript and typing (the ticket page); channel rooms are joined on connect. */
  "ticket:watch": (
    payload: { ticket_id: string },
    ack: (res: { ok: boolean; error?: RealtimeError }) => void
  ) => void
  "ticket:unwatch": (payload: { ticket_id: string }) => void
}

export interface AgentServerToClientEvents {
  "message:new": (message: WireMessage) => void
  typing: (event: TypingEvent) => void
  "agent:joined": (event: AgentJoinedEvent) => void
  "ticket:created": (event: { ticket: WireTicket }) => void
  "ticket:updated": (event: { ticket: WireTicket }) => void
}
