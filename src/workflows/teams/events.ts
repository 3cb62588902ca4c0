/** Events the team workflows emit; payload is `{ id }`. */
export const HelpdeskTeamEvents = {
  CREATED: "helpdesk.team.created",
  UPDATED: "helpdesk.team.updated",
  DELETED: "helpdesk.team.deleted",
} as const
