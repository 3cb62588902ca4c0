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

/**
 * Everything rules may read about a ticket at `now`: the ticket, its tags and channel, the
 * message that fired the rules (else the shopper's latest) and, when asked for, its orders.
 * Null when the ticket does not exist.
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
): Promise<{
  facts: AutomationFacts
  ticket: AutomationTicket
  message: AutomationMessage | null
} | null> {
  const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const [row] = await helpdesk.listHelpdeskTickets(
    { id: ticket_id },
    { select: [...TICKET_COLUMNS], take: 1 }
  )
  if (!row) {
    return null
  }
  const [tags, channels, named] = await Promise.all([
    helpdesk.listHelpdeskTicketTags({ ticket_id }, { select: ["tag_id"] }),
    row.channel_id
      ? helpdesk.listHelpdeskChannels(
          { id: row.channel_id },
          {
            select: ["id", "name", "timezone", "opening_hours", "holidays"],
            take: 1,
            withDeleted: true,
          }
        )
      : Promise.resolve([]),
    message_id
      ? retrieveAutomationMessage(container, ticket_id, message_id)
      : Promise.resolve(null),
  ])
  let message = named
  if (!message) {
    const [latest] = await helpdesk.listHelpdeskMessages(
      { ticket_id, author_type: "customer", kind: "message" },
      {
        select: ["id", "seq", "author_type", "kind", "body", "language"],
        order: { seq: "DESC" },
        take: 1,
      }
    )
    message = (latest as AutomationMessage | undefined) ?? null
  }
  let isFirst = false
  if (message && message.author_type === "customer") {
    const earlier = await helpdesk.listHelpdeskMessages(
      {
        ticket_id,
        author_type: "customer",
        kind: "message",
        seq: { $lt: message.seq },
      },
      { select: ["id"], take: 1 }
    )
    isFirst = !earlier.length
  }

  const channel = channels[0]
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
    tag_ids: tags.map((t) => t.tag_id),
  }
  const facts: AutomationFacts = {
    now,
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
    is_first_customer_message: isFirst,
  }
  if (with_orders) {
    const orders = await loadTicketOrders(container, ticket)
    facts.medusa_orders = orders.medusa.map(toOrderFact)
    facts.baselinker_orders = orders.baselinker.map(toOrderFact)
  }
  return { facts, ticket, message }
}
