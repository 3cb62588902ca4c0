import type { ConfigModule, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  getLastFulfillmentStatus,
  getLastPaymentStatus,
} from "@medusajs/medusa/core-flows"
import TicketOrderLink from "../links/ticket-order"
import { HELPDESK_MODULE } from "../modules/helpdesk"
import type HelpdeskModuleService from "../modules/helpdesk/service"
import { ticketNotFound } from "../workflows/tickets/utils/retrieve-ticket"
import type {
  BaselinkerOrdersResult,
  HelpdeskOrder,
  TicketOrdersResponse,
} from "../types/orders"

/** How many Medusa orders a ticket shows; `medusa.count` says how many match in all. */
export const TICKET_ORDERS_LIMIT = 10

/**
 * Order fields the card shows. The total is read from the order's summary: the Order module
 * stores `current_order_total` as the order's computed `total` whenever the order is created or
 * an order change (edit, return, claim, exchange, credit line, fulfilment) is confirmed, while
 * asking for `total` itself makes it load and add up the items, tax lines, adjustments,
 * shipping methods and credit lines of every order, most of what the request cost. A write
 * that goes around order changes (tax lines recomputed on a placed order, say) is not in the
 * summary until the next change; orders.spec proves the two agree after Medusa's own flows.
 */
const ORDER_FIELDS = [
  "id",
  "display_id",
  "custom_display_id",
  "created_at",
  "status",
  "currency_code",
  "summary.current_order_total",
  "items.id",
  "items.title",
  "items.product_title",
  "items.variant_sku",
  "items.thumbnail",
  // the quantity of the order's current version (`items.quantity` alone comes back empty
  // unless the totals load the whole items)
  "items.detail.quantity",
  "items.detail.fulfilled_quantity",
]

/**
 * What Medusa derives the payment and fulfilment status from: other modules' records, reached
 * through the order's links. The link tables are read by order id beside the order fields,
 * rather than through the order, which would have the Order module list the orders again.
 */
const PAYMENT_COLLECTION_LINK = {
  entity: "order_payment_collection",
  fields: [
    "order_id",
    "payment_collection.status",
    "payment_collection.amount",
    "payment_collection.captured_amount",
    "payment_collection.refunded_amount",
  ],
}
const FULFILLMENT_LINK = {
  entity: "order_fulfillment",
  fields: [
    "order_id",
    "fulfillments.packed_at",
    "fulfillments.shipped_at",
    "fulfillments.delivered_at",
    "fulfillments.canceled_at",
  ],
}

/**
 * The linked records of each order, by order id (the fulfilment link names its side
 * `fulfillments`, as a list); a link to a deleted record has none.
 */
function groupLinked<K extends string>(
  rows: unknown[],
  key: K
): Map<string, unknown[]> {
  const byOrder = new Map<string, unknown[]>()
  for (const row of rows as ({ order_id: string } & Record<K, unknown>)[]) {
    const records = [row[key]].flat().filter(Boolean)
    if (records.length) {
      byOrder.set(row.order_id, [
        ...(byOrder.get(row.order_id) ?? []),
        ...records,
      ])
    }
  }
  return byOrder
}

const ORDER_STATUS_NAMES: Record<string, string> = {
  pending: "Pending",
  completed: "Completed",
  draft: "Draft",
  archived: "Archived",
  canceled: "Canceled",
  requires_action: "Requires action",
}

export type TicketOrderOwner = {
  id: string
  customer_email: string
  customer_id: string | null
}

type OrderRecord = {
  id: string
  display_id: number | null
  custom_display_id?: string | null
  created_at: string | Date
  status: string
  currency_code: string
  /** absent when the order's version has no summary: then `total` is read instead */
  summary?: { current_order_total?: unknown } | null
  total?: unknown
  items?: {
    title: string | null
    product_title?: string | null
    variant_sku?: string | null
    thumbnail?: string | null
    quantity?: unknown
    detail?: { quantity?: unknown; fulfilled_quantity?: unknown } | null
  }[]
}

/** `%`, `_` and `\` are ILIKE's wildcards: an e-mail is matched as it is, only without case. */
const exactIlike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`)

const toNumber = (value: unknown): number => {
  if (typeof value === "number") {
    return value
  }
  if (value && typeof value === "object" && "numeric" in value) {
    return Number((value as { numeric: unknown }).numeric)
  }
  return Number(value ?? 0)
}

/** Where the Admin shows an order: `<backend><admin path>/orders/<id>`. */
export function adminOrderUrl(container: MedusaContainer, id: string): string {
  const configModule = container.resolve<ConfigModule>(
    ContainerRegistrationKeys.CONFIG_MODULE
  )
  const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const adminPath = (configModule.admin?.path ?? "/app").replace(/\/+$/, "")
  return `${helpdesk.getBackendUrl() ?? ""}${adminPath}/orders/${encodeURIComponent(id)}`
}

function toHelpdeskOrder(
  container: MedusaContainer,
  order: OrderRecord,
  linked: boolean
): HelpdeskOrder {
  const detail = order as unknown as Parameters<typeof getLastPaymentStatus>[0]
  return {
    source: "medusa",
    id: order.id,
    number: order.custom_display_id || String(order.display_id ?? order.id),
    created_at: new Date(order.created_at).toISOString(),
    status: {
      id: order.status,
      name: ORDER_STATUS_NAMES[order.status] ?? order.status,
    },
    payment_status: getLastPaymentStatus({
      ...detail,
      payment_collections: detail.payment_collections ?? [],
    }),
    fulfillment_status: getLastFulfillmentStatus({
      ...detail,
      fulfillments: detail.fulfillments ?? [],
      // an item not fulfilled in full makes the status partial: Medusa compares the raw
      // quantities, which only the whole items (the totals' read) used to bring
      items: (order.items ?? []).map((item) => ({
        raw_quantity: item.detail?.quantity ?? item.quantity,
        detail: { raw_fulfilled_quantity: item.detail?.fulfilled_quantity },
      })) as unknown as typeof detail.items,
    }),
    total: toNumber(order.total ?? order.summary?.current_order_total),
    currency_code: order.currency_code,
    items: (order.items ?? []).map((item) => ({
      title: item.product_title || item.title || "",
      quantity: toNumber(item.detail?.quantity ?? item.quantity),
      sku: item.variant_sku ?? null,
      thumbnail: item.thumbnail ?? null,
    })),
    url: adminOrderUrl(container, order.id),
    linked,
  }
}

/** Ids of the Medusa orders linked to a ticket by hand. */
export async function listLinkedOrderIds(
  container: MedusaContainer,
  ticketId: string
): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: TicketOrderLink.entryPoint,
    fields: ["order_id"],
    filters: { helpdesk_ticket_id: ticketId },
  })
  return (data as { order_id: string }[]).map((l) => l.order_id)
}

/**
 * The ticket's Medusa orders, newest first: those placed with its e-mail (any case) or by its
 * customer, and those linked to it. Linked orders are always on the page; the rest fill it up
 * to `limit`. `count` is how many there are in all.
 *
 * Reads the page's ids first (the order's own columns, through the e-mail index, one statement:
 * only a full page needs a count, read beside what follows), then what the card shows of those
 * orders and of the linked ones, by id: without paging, Medusa's Order module joins an order's
 * relations in one statement instead of one per relation, which was most of what a paged read
 * of the same fields cost. The payment and fulfilment records live in other modules and are
 * read beside it.
 */
export async function listTicketMedusaOrders(
  container: MedusaContainer,
  ticket: TicketOrderOwner,
  {
    limit = TICKET_ORDERS_LIMIT,
    linkedIds,
  }: {
    limit?: number
    /** the ticket's linked order ids, when the caller has read them already */
    linkedIds?: string[]
  } = {}
): Promise<{ orders: HelpdeskOrder[]; count: number }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const linkedList =
    linkedIds ?? (await listLinkedOrderIds(container, ticket.id))
  const linked = new Set(linkedList)

  const matches: Record<string, unknown>[] = [
    { email: { $ilike: exactIlike(ticket.customer_email) } },
  ]
  if (ticket.customer_id) {
    matches.push({ customer_id: ticket.customer_id })
  }
  if (linked.size) {
    matches.push({ id: [...linked] })
  }

  const filters = { $or: matches }
  // without `skip` Query lists without counting: a page that is not full holds every match
  const { data } = await query.graph({
    entity: "order",
    fields: ["id"],
    filters,
    pagination: { take: limit, order: { created_at: "DESC" } },
  })
  const pageIds = (data as { id: string }[]).map((o) => o.id)
  const counting =
    pageIds.length < limit
      ? Promise.resolve(pageIds.length)
      : query
          .graph({
            entity: "order",
            fields: ["id"],
            filters,
            pagination: { skip: 0, take: 1 },
          })
          .then(({ metadata }) => metadata?.count ?? pageIds.length)

  // linked orders stay; the oldest of the others make room for them
  const others = pageIds.filter((id) => !linked.has(id))
  const ids = [...linked, ...others.slice(0, Math.max(0, limit - linked.size))]
  if (!ids.length) {
    return { orders: [], count: await counting }
  }
  const [{ data: records }, { data: payments }, { data: fulfillments }, count] =
    await Promise.all([
      query.graph({
        entity: "order",
        fields: ORDER_FIELDS,
        filters: { id: ids },
      }),
      query.graph({ ...PAYMENT_COLLECTION_LINK, filters: { order_id: ids } }),
      query.graph({ ...FULFILLMENT_LINK, filters: { order_id: ids } }),
      counting,
    ])
  const orders = records as OrderRecord[]
  const totalOf = await readTotalsWithoutSummary(container, orders)
  const paymentsOf = groupLinked(payments, "payment_collection")
  const fulfillmentsOf = groupLinked(fulfillments, "fulfillments")
  return {
    orders: orders
      .map((o) => ({
        ...o,
        ...totalOf.get(o.id),
        payment_collections: paymentsOf.get(o.id) ?? [],
        fulfillments: fulfillmentsOf.get(o.id) ?? [],
      }))
      .sort(
        (a, b) =>
          new Date(b.created_at).getTime() - new Date(a.created_at).getTime()
      )
      .map((o) => toHelpdeskOrder(container, o, linked.has(o.id))),
    count,
  }
}

/**
 * The computed `total` of the orders whose current version has no stored summary, so that the
 * card never shows such an order at 0.
 */
async function readTotalsWithoutSummary(
  container: MedusaContainer,
  orders: OrderRecord[]
): Promise<Map<string, { total: unknown }>> {
  const ids = orders
    .filter((o) => o.summary?.current_order_total == null)
    .map((o) => o.id)
  if (!ids.length) {
    return new Map()
  }
  const { data } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "order", fields: ["id", "total"], filters: { id: ids } })
  return new Map(
    (data as { id: string; total: unknown }[]).map((o) => [
      o.id,
      { total: o.total },
    ])
  )
}

/**
 * The Orders card of a ticket, for a user who may see it. The access check, the ticket and its
 * linked orders need nothing but the ticket's id, so they are read side by side; a ticket the
 * user may not see is a 404 like a missing one, and nothing read is answered.
 */
export async function retrieveTicketOrdersForUser(
  container: MedusaContainer,
  userId: string,
  ticketId: string,
  { refresh = false }: { refresh?: boolean } = {}
): Promise<TicketOrdersResponse> {
  const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const [allowed, [ticket], linkedIds] = await Promise.all([
    helpdesk.canAccessTicket(userId, ticketId),
    helpdesk.listHelpdeskTickets(
      { id: ticketId },
      { select: ["id", "customer_email", "customer_id"], take: 1 }
    ),
    listLinkedOrderIds(container, ticketId),
  ])
  if (!allowed || !ticket) {
    throw ticketNotFound(ticketId)
  }
  return await retrieveTicketOrders(container, ticket, { refresh, linkedIds })
}

/**
 * Everything the ticket's Orders card shows: its Medusa orders and the BaseLinker orders of
 * its e-mail. BaseLinker trouble is a state in `baselinker`, never an error.
 */
export async function retrieveTicketOrders(
  container: MedusaContainer,
  ticket: TicketOrderOwner,
  {
    refresh = false,
    linkedIds,
  }: { refresh?: boolean; linkedIds?: string[] } = {}
): Promise<TicketOrdersResponse> {
  const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const [medusa, baselinker] = await Promise.all([
    listTicketMedusaOrders(container, ticket, { linkedIds }),
    helpdesk
      .retrieveBaselinkerOrders(ticket.customer_email, { refresh })
      .catch((error: unknown): BaselinkerOrdersResult => {
        container
          .resolve(ContainerRegistrationKeys.LOGGER)
          .warn(
            `BaseLinker orders for ticket ${ticket.id} could not be read: ${error instanceof Error ? error.message : String(error)}`
          )
        return {
          orders: [],
          state: "unavailable",
          fetched_at: null,
          retry_at: null,
          count: 0,
          capped: false,
        }
      }),
  ])
  const { orders: baselinkerOrders, ...baselinkerState } = baselinker
  return {
    orders: [...medusa.orders, ...baselinkerOrders],
    medusa: { count: medusa.count },
    baselinker: baselinkerState,
  }
}
