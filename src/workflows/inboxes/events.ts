/** Events the inbox workflows emit; payload is `{ id }`. */
export const HelpdeskInboxEvents = {
  CREATED: "helpdesk.inbox.created",
  UPDATED: "helpdesk.inbox.updated",
  DELETED: "helpdesk.inbox.deleted",
} as const
