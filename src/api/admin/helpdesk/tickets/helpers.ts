import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaResponse,
} from "@medusajs/framework/http"
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
  TICKET_ROW_COLUMNS,
  type TicketListFilters,
  type TicketListRow,
  type TicketRowColumn,
} from "../../../../modules/helpdesk/utils/ticket-search"

const topLevel = (field: string) => field.split(".")[0]

/** The customer is waiting for an answer. */
const isUnread = (ticket: Record<string, unknown>) =>
  ticket.last_message_author === "customer" && ticket.status !== "closed"

/* ---------------- list ---------------- */

export type TicketListSelection = {
  columns: TicketRowColumn[]
  include_tags: boolean
  /** the top-level fields to answer with */
  output: Set<string>
}

/**
 * Which columns one page reads, from the `fields` the request asked for (the query config's
 * allow-list has vetted them).
 */
export function selectListFields(fields: string[]): TicketListSelection {
  const output = new Set(fields.map(topLevel))
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

/**
 * A row as the list answers it. `linked` says whether the ticket is linked by hand to the
 * order the list is filtered by (false without such a filter).
 */
export function formatListRow(
  row: TicketListRow,
  { output }: TicketListSelection,
  linkedTicketIds: ReadonlySet<string> = new Set()
): Record<string, unknown> {
  const result: Record<string, unknown> = {}
  for (const field of output) {
    result[field] =
      field === "unread"
        ? isUnread(row)
        : field === "linked"
          ? linkedTicketIds.has(row.id)
          : row[field]
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

const DETAIL_COMPUTED = ["unread", "last_message"]
const SINGLE_RELATIONS = ["channel", "inbox", "team"]

/**
 * A ticket as the detail view shows it, read with Query so `fields` can expand relations,
 * plus the computed `unread` and `last_message`. No access check: callers decide first, and
 * the query config's allow-list has vetted the fields.
 */
export async function refetchTicket(
  id: string,
  scope: MedusaContainer,
  fields: string[]
): Promise<Record<string, unknown>> {
  const requested = new Set(fields.map(topLevel))
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

/** Answers 404 (as for a ticket that does not exist) unless the agent may work the ticket. */
export async function requireTicketAccess(
  req: AuthenticatedMedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const helpdesk = req.scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  if (
    !(await helpdesk.canAccessTicket(req.auth_context.actor_id, req.params.id))
  ) {
    throw ticketNotFound(req.params.id)
  }
  next()
}
