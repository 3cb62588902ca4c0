import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import type { ChannelSchedule, OpeningHours } from "../../../types/channel"
import type { HelpdeskOrder } from "../../../types/orders"
import { listTicketMedusaOrders } from "../../../utils/ticket-orders"
import type { AutomationFacts, OrderFact } from "./evaluate"

/** The ticket as actions read it (templates, locale, flags). */
export type AutomationTicket = {
  id: string
  number: number
  channel_id: string | null
  channel_name: string | null
  customer_email: string
  customer_name: string | null
  customer_id: string | null
  locale: string | null
  skip_next_autoresponder: boolean
  last_message_author: string | null
  tag_ids: string[]
}

export type AutomationMessage = {
  id: string
  seq: number
  author_type: string
  kind: string
  body: string
  language: string | null
}

const TICKET_COLUMNS = [
  "id",
  "number",
  "channel_id",
  "inbox_id",
  "team_id",
  "assignee_id",
  "status",
  "priority",
  "subject",
  "customer_email",
  "customer_name",
  "customer_id",
  "sentiment",
  "sentiment_flags",
  "context",
  "locale",
  "skip_next_autoresponder",
  "last_message_author",
] as const

/** A message of a ticket, or null. */
export async function retrieveAutomationMessage(
  container: MedusaContainer,
  ticketId: string,
  messageId: string
): Promise<AutomationMessage | null> {
  const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const [message] = await helpdesk.listHelpdeskMessages(
    { id: messageId, ticket_id: ticketId },
    {
      select: ["id", "seq", "author_type", "kind", "body", "language"],
      take: 1,
    }
  )
  return (message as AutomationMessage | undefined) ?? null
}

const toOrderFact = (o: HelpdeskOrder): OrderFact => ({
  number: o.number,
  status: o.status.id,
  total: o.total,
})

/** The shopper's orders, newest first, per source; BaseLinker trouble reads as none. */
export async function loadTicketOrders(
  container: MedusaContainer,
  ticket: Pick<AutomationTicket, "id" | "customer_email" | "customer_id">
): Promise<{ medusa: HelpdeskOrder[]; baselinker: HelpdeskOrder[] }> {
  const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const [medusa, baselinker] = await Promise.all([
    listTicketMedusaOrders(container, ticket),
    helpdesk
      .retrieveBaselinkerOrders(ticket.customer_email)
      .catch((error: unknown) => {
        container
          .resolve(ContainerRegistrationKeys.LOGGER)
          .warn(
            `Automations: the BaseLinker orders of ticket ${ticket.id} could not be read: ${error instanceof Error ? error.message : String(error)}`
          )
        return { orders: [] as HelpdeskOrder[] }
      }),
  ])
  const newestFirst = (orders: HelpdeskOrder[]) =>
    [...orders].sort(
      (a, b) =>
        new Date(b.created_at).getTime() - new Date(a.created_at).getTime()
    )
  return {
    medusa: newestFirst(medusa.orders),
    baselinker: newestFirst(baselinker.orders),
  }
}

export type LoadedAutomationFacts = {
  facts: AutomationFacts
  ticket: AutomationTicket
  message: AutomationMessage | null
}

/** What rules are evaluated against: a ticket at a moment, and the message that fired them. */
export type AutomationFactsRequest = {
  ticket_id: string
  /** the message that fired the rules, already read; else the shopper's latest stands in */
  message?: AutomationMessage | null
  now: Date
}

/** The messages with these ids, by id. */
export async function listAutomationMessages(
  container: MedusaContainer,
  messageIds: string[]
): Promise<Map<string, AutomationMessage & { ticket_id: string }>> {
  if (!messageIds.length) {
    return new Map()
  }
  const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const rows = (await helpdesk.listHelpdeskMessages(
    { id: [...new Set(messageIds)] },
    {
      select: [
        "id",
        "ticket_id",
        "seq",
        "author_type",
        "kind",
        "body",
        "language",
      ],
    }
  )) as unknown as (AutomationMessage & { ticket_id: string })[]
  return new Map(rows.map((m) => [m.id, m]))
}

/**
 * Everything rules may read about tickets, one answer per request in the same order (null
 * where the ticket does not exist): the ticket, its tags and channel, the message that fired
 * the rules (else the shopper's latest) and, when asked for, its orders. The tickets, tags,
 * channels and first messages of all requests are read with one query each.
 */
export async function loadAutomationFactsMany(
  container: MedusaContainer,
  requests: AutomationFactsRequest[],
  { with_orders }: { with_orders: boolean }
): Promise<(LoadedAutomationFacts | null)[]> {
  if (!requests.length) {
    return []
  }
  const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const ticketIds = [...new Set(requests.map((r) => r.ticket_id))]
  const rows = await helpdesk.listHelpdeskTickets(
    { id: ticketIds },
    { select: [...TICKET_COLUMNS] }
  )
  const rowById = new Map(rows.map((r) => [r.id, r]))
  const found = ticketIds.filter((id) => rowById.has(id))
  const channelIds = [
    ...new Set(
      rows.map((r) => r.channel_id).filter((id): id is string => !!id)
    ),
  ]
  const [tags, channels, firstIds] = await Promise.all([
    found.length
      ? helpdesk.listHelpdeskTicketTags(
          { ticket_id: found },
          { select: ["ticket_id", "tag_id"] }
        )
      : Promise.resolve([]),
    channelIds.length
      ? helpdesk.listHelpdeskChannels(
          { id: channelIds },
          {
            select: ["id", "name", "timezone", "opening_hours", "holidays"],
            withDeleted: true,
          }
        )
      : Promise.resolve([]),
    helpdesk.listFirstCustomerMessageIds(found),
  ])
  const channelById = new Map(channels.map((c) => [c.id, c]))
  const tagIds = new Map<string, string[]>()
  for (const tag of tags) {
    tagIds.set(tag.ticket_id, [
      ...(tagIds.get(tag.ticket_id) ?? []),
      tag.tag_id,
    ])
  }
  // a request without its message reads the shopper's latest (timed rules, ticket changes)
  const latest = new Map<string, AutomationMessage | null>()
  await Promise.all(
    [
      ...new Set(
        requests
          .filter((r) => !r.message && rowById.has(r.ticket_id))
          .map((r) => r.ticket_id)
      ),
    ].map(async (ticketId) => {
      const [message] = await helpdesk.listHelpdeskMessages(
        { ticket_id: ticketId, author_type: "customer", kind: "message" },
        {
          select: ["id", "seq", "author_type", "kind", "body", "language"],
          order: { seq: "DESC" },
          take: 1,
        }
      )
      latest.set(ticketId, (message as AutomationMessage | undefined) ?? null)
    })
  )

  const loaded = requests.map((request): LoadedAutomationFacts | null => {
    const row = rowById.get(request.ticket_id)
    if (!row) {
      return null
    }
    const message = request.message ?? latest.get(row.id) ?? null
    const channel = row.channel_id ? channelById.get(row.channel_id) : undefined
    const schedule: ChannelSchedule | null = channel
      ? {
          timezone: channel.timezone,
          opening_hours: channel.opening_hours as unknown as OpeningHours,
          holidays: (channel.holidays ?? []) as string[],
        }
      : null
    const ticket: AutomationTicket = {
      id: row.id,
      number: Number(row.number),
      channel_id: row.channel_id,
      channel_name: channel?.name ?? null,
      customer_email: row.customer_email,
      customer_name: row.customer_name,
      customer_id: row.customer_id,
      locale: row.locale,
      skip_next_autoresponder: row.skip_next_autoresponder,
      last_message_author: row.last_message_author,
      tag_ids: tagIds.get(row.id) ?? [],
    }
    const facts: AutomationFacts = {
      now: request.now,
      channel_id: row.channel_id,
      schedule,
      sentiment: row.sentiment,
      sentiment_flags: (row.sentiment_flags ?? []) as string[],
      context: row.context,
      status: row.status,
      priority: row.priority,
      tag_ids: ticket.tag_ids,
      assignee_id: row.assignee_id,
      team_id: row.team_id,
      inbox_id: row.inbox_id,
      subject: row.subject,
      message_text: message?.body ?? null,
      customer_email: row.customer_email,
      language: message?.language ?? row.locale ?? null,
      is_first_customer_message:
        message?.author_type === "customer" && firstIds[row.id] === message.id,
    }
    return { facts, ticket, message }
  })

  if (with_orders) {
    const orders = new Map<
      string,
      Awaited<ReturnType<typeof loadTicketOrders>>
    >()
    await Promise.all(
      loaded
        .filter((l): l is LoadedAutomationFacts => !!l)
        .filter(
          (l, i, all) => all.findIndex((o) => o.ticket.id === l.ticket.id) === i
        )
        .map(async (l) =>
          orders.set(l.ticket.id, await loadTicketOrders(container, l.ticket))
        )
    )
    for (const l of loaded) {
      const o = l && orders.get(l.ticket.id)
      if (l && o) {
        l.facts.medusa_orders = o.medusa.map(toOrderFact)
        l.facts.baselinker_orders = o.baselinker.map(toOrderFact)
      }
    }
  }
  return loaded
}

/**
 * Everything rules may read about a ticket at `now` (see `loadAutomationFactsMany`). Null
 * when the ticket does not exist.
 */
export async function loadAutomationFacts(
  container: MedusaContainer,
  {
    ticket_id,
    message_id,
    now,
    with_orders,
  }: {
    ticket_id: string
    message_id?: string | null
    now: Date
    with_orders: boolean
  }
): Promise<LoadedAutomationFacts | null> {
  const message = message_id
    ? await retrieveAutomationMessage(container, ticket_id, message_id)
    : null
  const [loaded] = await loadAutomationFactsMany(
    container,
    [{ ticket_id, message, now }],
    { with_orders }
  )
  return loaded
}
