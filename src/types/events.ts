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
  BASELINKER_ORDER_STATUS_CHANGED: "helpdesk.baselinker-order.status-changed",
} as const
