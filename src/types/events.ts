/** Names of the Medusa events the helpdesk emits; payload is `{ id }` (plus `order_id` for order links). */
/**
 * Names of the Medusa events the helpdesk emits; payload is `{ id }` (for
 * BASELINKER_ORDER_STATUS_CHANGED `{ id: ticket_id, order_id, from_status_id, status_id }`).
 */
export const HelpdeskEvents = {
  CHANNEL_CREATED: "helpdesk.channel.created",
  CHANNEL_UPDATED: "helpdesk.channel.updated",
  CHANNEL_DELETED: "helpdesk.channel.deleted",
  TICKET_CREATED: "helpdesk.ticket.created",
  TICKET_UPDATED: "helpdesk.ticket.updated",
  MESSAGE_CREATED: "helpdesk.message.created",
  /** a shopper's message got its sentiment and topic labels; payload `{ id, ticket_id }` */
  MESSAGE_CLASSIFIED: "helpdesk.message.classified",
  /** `{ id, order_id }`: a Medusa order was linked to the ticket by hand */
  TICKET_ORDER_LINKED: "helpdesk.ticket.order_linked",
  /** `{ id, order_id }`: a hand-made link between the ticket and an order was removed */
  TICKET_ORDER_UNLINKED: "helpdesk.ticket.order_unlinked",
  BASELINKER_ORDER_STATUS_CHANGED: "helpdesk.baselinker-order.status-changed",
} as const
