/** Events the project workflows emit; payload is `{ id }`. */
export const HelpdeskProjectEvents = {
  CREATED: "helpdesk.project.created",
  UPDATED: "helpdesk.project.updated",
  DELETED: "helpdesk.project.deleted",
} as const
