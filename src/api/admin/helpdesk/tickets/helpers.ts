import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import TicketOrderLink from "../../../../links/ticket-order"
import { HELPDESK_MODULE } from "../../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../../modules/helpdesk/service"
import { ticketNotFound } from "../../../../workflows/tickets/utils/retrieve-ticket"
import {
  Channel,
  ExternalOrder,
  Inbox,
  Tag,
  Task,
  Team,
  TicketFollower,
} from "../../../../modules/helpdesk/models"
import {
  TICKET_ROW_COLUMNS,
  type TicketListFilters,
  type TicketListRow,
  type TicketRowColumn,
} from "../../../../modules/helpdesk/utils/ticket-search"

const invalidField = (field: string, allowed: string[]) =>
  new MedusaError(
    MedusaError.Types.INVALID_DATA,
    `fields: a ticket has no field "${field}". Choose among ${allowed.join(", ")}.`
  )

const topLevel = (field: string) => field.split(".")[0]

/** The customer is waiting for an answer. */
const isUnread = (ticket: Record<string, unknown>) =>
  ticket.last_message_author === "customer" && ticket.status !== "closed"

/* ---------------- list ---------------- */

const LIST_FIELDS = [...TICKET_ROW_COLUMNS, "unread", "tags"]

export type TicketListSelection = {
  columns: TicketRowColumn[]
  include_tags: boolean
  /** the top-level fields to answer with */
  output: Set<string>
}

/** Which columns one page reads, from the `fields` the request asked for. */
export function selectListFields(fields: string[]): TicketListSelection {
  const output = new Set<string>()
  for (const field of fields) {
    const name = topLevel(field)
    if (!LIST_FIELDS.includes(name)) {
      throw invalidField(name, LIST_FIELDS)
    }
    output.add(name)
  }
  const columns = TICKET_ROW_COLUMNS.filter((c) => output.has(c))
  if (output.has("unread")) {
    // unread is computed from these two
    for (const c of ["status", "last_message_author"] as const) {
      if (!columns.includes(c)) {
        columns.push(c)
      }
    }
  }
  return { columns, include_tags: output.has("tags"), output }
}

export function formatListRow(
  row: TicketListRow,
  { output }: TicketListSelection
): Record<string, unknown> {
  const result: Record<string, unknown> = {}
  for (const field of output) {
    result[field] = field === "unread" ? isUnread(row) : row[field]
  }
  return result
}

/**
 * Tickets about an order: those linked to it, and those written from the order's e-mail.
 * An order that does not exist is a 404, like in the rest of Admin.
 */
export async function resolveOrderFilter(
  scope: MedusaContainer,
  orderId: string
): Promise<NonNullable<TicketListFilters["order"]>> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: ["id", "email"],
    filters: { id: orderId },
  })
  if (!order) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Order with id "${orderId}" was not found.`
    )
  }
  const { data: links } = await query.graph({
    entity: TicketOrderLink.entryPoint,
    fields: ["helpdesk_ticket_id"],
    filters: { order_id: orderId },
  })
  return {
    ticket_ids: (links as { helpdesk_ticket_id: string }[]).map(
      (l) => l.helpdesk_ticket_id
    ),
    email: (order.email as string | null) ?? null,
  }
}

/* ---------------- detail ---------------- */

const DETAIL_COLUMNS = [
  ...TICKET_ROW_COLUMNS,
  "first_response_at",
  "page_url",
  "user_agent",
  "locale",
  "sentiment",
  "context",
]
/** The relations a ticket's `fields` may expand, each to its own columns only. */
const DETAIL_RELATION_MODELS = {
  channel: Channel,
  inbox: Inbox,
  team: Team,
  tags: Tag,
  followers: TicketFollower,
  tasks: Task,
  external_orders: ExternalOrder,
}
const DETAIL_RELATIONS = Object.keys(DETAIL_RELATION_MODELS)

/**
 * A model's columns: its schema without relations (a relation carries its `type`), plus the
 * foreign key each belongs-to relation keeps in a column.
 */
const columnsOf = (model: { schema: Record<string, unknown> }) =>
  Object.entries(model.schema).flatMap(([name, value]) => {
    const type = (value as { type?: unknown }).type
    return typeof type !== "string"
      ? [name]
      : type === "belongsTo"
        ? [`${name}_id`]
        : []
  })

/**
 * `relation.column` and `relation.*`, never deeper: an inbox's, team's or tag's `tickets`
 * (or a task's project's tasks) would reach tickets of channels the user does not work.
 */
const DETAIL_NESTED_FIELDS = new Set(
  Object.entries(DETAIL_RELATION_MODELS).flatMap(([relation, model]) => [
    `${relation}.*`,
    ...columnsOf(model).map((column) => `${relation}.${column}`),
  ])
)
const DETAIL_COMPUTED = ["unread", "last_message"]
const DETAIL_FIELDS = [
  ...DETAIL_COLUMNS,
  ...DETAIL_RELATIONS,
  ...DETAIL_COMPUTED,
]
const SINGLE_RELATIONS = ["channel", "inbox", "team"]

/**
 * The top-level fields a ticket's `fields` ask for, or a 400 for one a ticket does not have or
 * a path past a relation's own columns. Run before any write, and again on the read.
 */
export function checkTicketFields(fields: string[]): Set<string> {
  const requested = new Set<string>()
  for (const field of fields) {
    const name = topLevel(field)
    if (!DETAIL_FIELDS.includes(name)) {
      throw invalidField(name, DETAIL_FIELDS)
    }
    if (field !== name && !DETAIL_NESTED_FIELDS.has(field)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `fields: "${field}" cannot be read with a ticket. A relation of the ticket gives its own columns only (e.g. ${name}.id or ${name}.*); read other records through their own /admin/helpdesk routes.`
      )
    }
    requested.add(name)
  }
  return requested
}

/**
 * A ticket as the detail view shows it, read with Query so `fields` can expand relations,
 * plus the computed `unread` and `last_message`. No access check: callers decide first.
 */
export async function refetchTicket(
  id: string,
  scope: MedusaContainer,
  fields: string[]
): Promise<Record<string, unknown>> {
  const requested = checkTicketFields(fields)
  const graphFields = fields.filter(
    (f) => !DETAIL_COMPUTED.includes(topLevel(f))
  )
  if (requested.has("unread")) {
    graphFields.push("status", "last_message_author")
  }
  if (!graphFields.includes("id")) {
    graphFields.push("id")
  }

  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [ticket],
  } = await query.graph({
    entity: "helpdesk_ticket",
    fields: [...new Set(graphFields)],
    filters: { id },
  })
  if (!ticket) {
    throw ticketNotFound(id)
  }

  const result: Record<string, unknown> = { ...ticket }
  for (const relation of SINGLE_RELATIONS) {
    if (requested.has(relation) && !result[relation]) {
      result[relation] = null
    }
  }
  if (requested.has("unread")) {
    result.unread = isUnread(result)
  }
  if (requested.has("last_message")) {
    const last = await scope
      .resolve<HelpdeskModuleService>(HELPDESK_MODULE)
      .retrieveLastTicketMessage(id)
    result.last_message = last
      ? {
          seq: last.seq,
          author_type: last.author_type,
          author_id: last.author_id,
          created_at: last.created_at,
        }
      : null
  }
  return result
}

/** 404, worded like a missing ticket, unless the user works the ticket's channel. */
export async function assertTicketAccess(
  scope: MedusaContainer,
  userId: string,
  ticketId: string
): Promise<void> {
  const helpdesk = scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  if (!(await helpdesk.canAccessTicket(userId, ticketId))) {
    throw ticketNotFound(ticketId)
  }
}
