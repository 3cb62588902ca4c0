/**
 * Names of the Medusa events the helpdesk emits; payload is `{ id }` (for
 * MESSAGE_CREATED `MessageCreatedEventData`, for order links `{ id, order_id }`, for
 * BASELINKER_ORDER_STATUS_CHANGED `{ id: ticket_id, order_id, from_status_id, status_id }`).
 */
export const HelpdeskEvents = {
  CHANNEL_CREATED: "helpdesk.channel.created",
  CHANNEL_UPDATED: "helpdesk.channel.updated",
  CHANNEL_DELETED: "helpdesk.channel.deleted",
  TICKET_CREATED: "helpdesk.ticket.created",
  TICKET_UPDATED: "helpdesk.ticket.updated",
  /** payload `MessageCreatedEventData`: `{ id, ticket_id, author_type, kind }` */
  MESSAGE_CREATED: "helpdesk.message.created",
  /** a shopper's message got its sentiment and topic labels; payload `{ id, ticket_id }` */
  MESSAGE_CLASSIFIED: "helpdesk.message.classified",
  /** `{ id, order_id }`: a Medusa order was linked to the ticket by hand */
  TICKET_ORDER_LINKED: "helpdesk.ticket.order_linked",
  /** `{ id, order_id }`: a hand-made link between the ticket and an order was removed */
  TICKET_ORDER_UNLINKED: "helpdesk.ticket.order_unlinked",
  BASELINKER_ORDER_STATUS_CHANGED: "helpdesk.baselinker-order.status-changed",
} as const

/**
 * The payload of `helpdesk.message.created`: besides the ids, who wrote the message and what
 * kind it is, so that a subscriber can pass over messages it has nothing to do with without
 * reading them.
 */
export type MessageCreatedEventData = {
  id: string
  ticket_id: string
  author_type: string
  kind: string
}

/** The `helpdesk.message.created` payload of a stored message. */
export const messageCreatedEventData = (
  message: MessageCreatedEventData
): MessageCreatedEventData => ({
  id: message.id,
  ticket_id: message.ticket_id,
  author_type: message.author_type,
  kind: message.kind,
})

/**
 * Whether a `helpdesk.message.created` payload may be a shopper's chat message (true too for
 * a payload without author and kind, from an older emitter: the subscriber then reads it).
 */
export const isShopperMessageEvent = (data: Partial<MessageCreatedEventData>) =>
  (data.author_type ?? "customer") === "customer" &&
  (data.kind ?? "message") === "message"

/** Whether a `helpdesk.message.created` payload may be an agent's chat message (see above). */
export const isAgentMessageEvent = (data: Partial<MessageCreatedEventData>) =>
  (data.author_type ?? "agent") === "agent" &&
  (data.kind ?? "message") === "message"
