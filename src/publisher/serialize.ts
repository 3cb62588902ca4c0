import type {
  IUserModuleService,
  MedusaContainer,
} from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { HELPDESK_MODULE } from "../modules/helpdesk"
import type HelpdeskModuleService from "../modules/helpdesk/service"
import type { StoredMessage } from "../modules/helpdesk/service"
import { visitorAttachmentPath } from "./attachment-urls"
import type {
  WireConversation,
  WireMessage,
  WireTicket,
} from "../types/realtime"

const NAME_TTL_MS = 60_000
const names = new Map<string, { name: string | null; expiresAt: number }>()

/** An agent's first name as shoppers see it ("Anna joined the chat"), cached briefly. */
export async function agentFirstName(
  container: MedusaContainer,
  userId: string | null
): Promise<string | null> {
  if (!userId) {
    return null
  }
  const cached = names.get(userId)
  if (cached && cached.expiresAt > Date.now()) {
    return cached.name
  }
  const users = await container
    .resolve<IUserModuleService>(Modules.USER)
    .listUsers({ id: userId }, { select: ["id", "first_name", "email"] })
  const user = users[0]
  const name = user ? user.first_name || user.email.split("@")[0] : null
  names.set(userId, { name, expiresAt: Date.now() + NAME_TTL_MS })
  return name
}

export async function toWireMessage(
  container: MedusaContainer,
  message: StoredMessage
): Promise<WireMessage> {
  return {
    id: message.id,
    ticket_id: message.ticket_id,
    seq: message.seq,
    client_id: message.client_id,
    author_type: message.author_type,
    author_name:
      message.author_type === "agent"
        ? await agentFirstName(container, message.author_id)
        : null,
    body: message.body,
    kind: message.kind,
    created_at: new Date(message.created_at).toISOString(),
    attachments: (message.attachments ?? []).map((a) => ({
      id: a.id,
      name: a.name,
      mime_type: a.mime_type,
      size: Number(a.size),
      url: visitorAttachmentPath(message.ticket_id, a.id),
    })),
  }
}

/**
 * A ticket's transcript after `afterSeq`, ready for clients: what replays over the socket and
 * over HTTP answer. Internal notes only for agents.
 */
export async function replayMessages(
  container: MedusaContainer,
  ticketId: string,
  afterSeq: number,
  options: { includeNotes?: boolean; limit?: number } = {}
): Promise<WireMessage[]> {
  const stored = await container
    .resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    .listMessagesAfter(ticketId, afterSeq, options)
  return Promise.all(stored.map((m) => toWireMessage(container, m)))
}

export type TicketRecord = {
  id: string
  number: number
  subject: string
  status: WireTicket["status"]
  priority: WireTicket["priority"]
  channel_id: string | null
  inbox_id: string | null
  team_id: string | null
  assignee_id: string | null
  customer_name: string | null
  customer_email: string
  last_message_at: Date | string | null
  last_message_author: WireTicket["last_message_author"]
  sentiment: string | null
  sentiment_flags: string[] | null
  context: string | null
  created_at: Date | string
}

const iso = (value: Date | string | null) =>
  value ? new Date(value).toISOString() : null

export async function toWireConversation(
  container: MedusaContainer,
  ticket: TicketRecord
): Promise<WireConversation> {
  return {
    id: ticket.id,
    number: ticket.number,
    subject: ticket.subject,
    status: ticket.status,
    channel_id: ticket.channel_id,
    customer_name: ticket.customer_name,
    customer_email: ticket.customer_email,
    agent_name: await agentFirstName(container, ticket.assignee_id),
    created_at: iso(ticket.created_at)!,
  }
}

export async function toWireTicket(
  container: MedusaContainer,
  ticket: TicketRecord
): Promise<WireTicket> {
  return {
    ...(await toWireConversation(container, ticket)),
    priority: ticket.priority,
    assignee_id: ticket.assignee_id,
    inbox_id: ticket.inbox_id,
    team_id: ticket.team_id,
    last_message_at: iso(ticket.last_message_at),
    last_message_author: ticket.last_message_author,
    sentiment: ticket.sentiment ?? null,
    sentiment_flags: ticket.sentiment_flags ?? null,
    context: ticket.context ?? null,
  }
}

export { forAgents } from "./attachment-urls"

export const TICKET_RECORD_FIELDS = [
  "id",
  "number",
  "subject",
  "status",
  "priority",
  "channel_id",
  "inbox_id",
  "team_id",
  "assignee_id",
  "customer_name",
  "customer_email",
  "last_message_at",
  "last_message_author",
  "sentiment",
  "sentiment_flags",
  "context",
  "created_at",
] as const
