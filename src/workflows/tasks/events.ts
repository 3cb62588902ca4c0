/** Events the task workflows emit; payload is `{ id }`. */
export const HelpdeskTaskEvents = {
  CREATED: "helpdesk.task.created",
  UPDATED: "helpdesk.task.updated",
  DELETED: "helpdesk.task.deleted",
} as const
