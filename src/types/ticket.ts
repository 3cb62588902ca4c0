export const TICKET_STATUSES = ["new", "open", "pending", "closed"] as const
export type TicketStatus = (typeof TICKET_STATUSES)[number]

export const TICKET_PRIORITIES = ["low", "normal", "high", "urgent"] as const
export type TicketPriority = (typeof TICKET_PRIORITIES)[number]

export const AUTHOR_TYPES = [
  "customer",
  "agent",
  "system",
  "automation",
] as const
export type AuthorType = (typeof AUTHOR_TYPES)[number]

export const MESSAGE_KINDS = ["message", "event", "note"] as const
export type MessageKind = (typeof MESSAGE_KINDS)[number]

/** The inbox's views, in the order the inbox shows them; each is a fixed condition on status and assignee. */
export const TICKET_VIEWS = [
  "to_handle",
  "mine",
  "unassigned",
  "pending",
  "closed",
  "all",
] as const
export type TicketView = (typeof TICKET_VIEWS)[number]

export const TASK_STATUSES = ["todo", "doing", "done"] as const
export type TaskStatus = (typeof TASK_STATUSES)[number]

/** Longest message body, in characters, on every path in. */
export const MAX_MESSAGE_LENGTH = 5000
