/** Names of the Medusa events the helpdesk emits; payload is `{ id }`. */
export const HelpdeskEvents = {
  CHANNEL_CREATED: "helpdesk.channel.created",
  CHANNEL_UPDATED: "helpdesk.channel.updated",
  CHANNEL_DELETED: "helpdesk.channel.deleted",
  TICKET_CREATED: "helpdesk.ticket.created",
  TICKET_UPDATED: "helpdesk.ticket.updated",
  MESSAGE_CREATED: "helpdesk.message.created",
  /** a shopper's message got its sentiment and topic labels; payload `{ id, ticket_id }` */
  MESSAGE_CLASSIFIED: "helpdesk.message.classified",
} as const
