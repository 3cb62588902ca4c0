/** Events the contact workflows emit; payload is `{ id }`. */
export const HelpdeskContactEvents = {
  CREATED: "helpdesk.contact.created",
  UPDATED: "helpdesk.contact.updated",
  DELETED: "helpdesk.contact.deleted",
} as const
