/** Events the tag workflows emit; payload is `{ id }`. */
export const HelpdeskTagEvents = {
  CREATED: "helpdesk.tag.created",
  UPDATED: "helpdesk.tag.updated",
  DELETED: "helpdesk.tag.deleted",
} as const
