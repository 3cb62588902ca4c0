import { TICKET_ROW_COLUMNS } from "../../../../modules/helpdesk/utils/ticket-search"

/** A row of the inbox list; `unread` and the tags are computed for the page. */
export const defaultAdminTicketListFields = [
  ...TICKET_ROW_COLUMNS,
  "unread",
  "tags.id",
  "tags.name",
  "tags.color",
]

/**
 * What a list row may hold: its columns, `unread`, the tags, and `linked` (with `order_id`:
 * whether the ticket is linked to that order by hand, rather than found by its e-mail).
 */
export const allowedAdminTicketListFields = [
  ...TICKET_ROW_COLUMNS,
  "unread",
  "linked",
  "tags",
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

const relation = (name: string, fields: string[]) => [
  name,
  ...fields.map((f) => `${name}.${f}`),
]

/**
 * Everything the detail may be asked for (`fields`), relations by name (`*tags`) or field by
 * field (`tags.name`). `unread` and `last_message` are computed; the rest is read with Query.
 * Medusa refuses any other field before the route runs.
 */
export const allowedAdminTicketFields = [
  ...TICKET_ROW_COLUMNS,
  "unread",
  "last_message",
  "first_response_at",
  "page_url",
  "user_agent",
  "locale",
  "sentiment_set_by",
  "context_set_by",
  // what the shopper's widget confirmed holding, and what was e-mailed to them (by seq)
  "visitor_seen_seq",
  "last_emailed_seq",
  ...relation("channel", [
    "id",
    "name",
    "locale",
    "timezone",
    "store_url",
    "color",
    "enabled",
    "inbox_id",
  ]),
  ...relation("inbox", ["id", "name"]),
  ...relation("team", ["id", "name"]),
  ...relation("tags", ["id", "name", "color"]),
  ...relation("followers", ["id", "user_id", "created_at"]),
  ...relation("tasks", [
    "id",
    "title",
    "description",
    "status",
    "due_at",
    "assignee_id",
    "project_id",
    "created_at",
    "updated_at",
  ]),
]

export const retrieveTicketTransformQueryConfig = {
  defaults: defaultAdminTicketFields,
  allowed: allowedAdminTicketFields,
  isList: false,
}

export const listTicketTransformQueryConfig = {
  defaults: defaultAdminTicketListFields,
  allowed: allowedAdminTicketListFields,
  defaultLimit: 20,
  isList: true,
}
