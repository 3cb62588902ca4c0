import { TICKET_ROW_COLUMNS } from "../../../../modules/helpdesk/utils/ticket-search"

/** A row of the inbox list; `unread` and the tags are computed for the page. */
export const defaultAdminTicketListFields = [
  ...TICKET_ROW_COLUMNS,
  "unread",
  "tags.id",
  "tags.name",
  "tags.color",
]

export const defaultAdminTicketFields = [
  ...TICKET_ROW_COLUMNS,
  "unread",
  "first_response_at",
  "page_url",
  "user_agent",
  "locale",
  "sentiment_set_by",
  "context_set_by",
  "channel.id",
  "channel.name",
  "inbox.id",
  "inbox.name",
  "team.id",
  "team.name",
  "tags.id",
  "tags.name",
  "tags.color",
  "followers.id",
  "followers.user_id",
  "tasks.id",
  "tasks.title",
  "tasks.description",
  "tasks.status",
  "tasks.due_at",
  "tasks.assignee_id",
  "tasks.project_id",
  "last_message",
]

export const retrieveTicketTransformQueryConfig = {
  defaults: defaultAdminTicketFields,
  isList: false,
}

export const listTicketTransformQueryConfig = {
  defaults: defaultAdminTicketListFields,
  defaultLimit: 20,
  isList: true,
}
