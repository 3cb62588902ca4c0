import type { CreateNotificationDTO } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import { agentFirstName } from "../../../publisher/serialize"
import { hasNotificationProvider } from "../../tickets/utils/notification-channels"
import {
  CHAT_REPLY_TEMPLATE,
  CONTINUE_LINK_TTL_SECONDS,
  chatReplyLocale,
  chatReplySubject,
  continueUrl,
} from "../utils/chat-reply-email"

export type PrepareChatReplyEmailStepInput = {
  ticket_id: string
  /** the job's clock, ISO: replies younger than the channel's quiet period are not due */
  now: string
}

export type PrepareChatReplyEmailStepOutput =
  | {
      due: false
      /** why nothing is sent, e.g. "not_due" */
      skip: string
    }
  | {
      due: true
      ticket_id: string
      /** last_emailed_seq as it was read */
      from_seq: number
      /** the last reply in the e-mail: last_emailed_seq once it is sent */
      to_seq: number
      notification: CreateNotificationDTO
    }

/** How long after its quiet period a reply is still e-mailed. */
const LOOK_BACK_MS = 24 * 60 * 60_000

/** The reply kinds a shopper gets by e-mail: chat messages of agents and automations. */
const REPLY_AUTHORS = new Set(["agent", "automation"])

export const prepareChatReplyEmailStepId = "prepare-helpdesk-chat-reply-email"
/**
 * This step decides whether a ticket's unseen replies are due by e-mail at `now` and builds
 * the e-mail: every reply the shopper's widget has not confirmed and that was not e-mailed,
 * with a signed link back to the conversation. Nothing is due when e-mail replies are off for
 * the channel, no provider handles e-mail, the contact is blocked, or the oldest such reply is
 * younger than the channel's quiet period.
 */
export const prepareChatReplyEmailStep = createStep(
  prepareChatReplyEmailStepId,
  async ({ ticket_id, now }: PrepareChatReplyEmailStepInput, { container }) => {
    const skip = (reason: string) =>
      new StepResponse<PrepareChatReplyEmailStepOutput>({
        due: false,
        skip: reason,
      })
    if (!hasNotificationProvider(container, "email")) {
      return skip("no_email_provider")
    }
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const [ticket] = await helpdesk.listHelpdeskTickets(
      { id: ticket_id },
      {
        select: [
          "id",
          "number",
          "subject",
          "customer_email",
          "locale",
          "channel_id",
          "page_url",
          "visitor_seen_seq",
          "last_emailed_seq",
        ],
        take: 1,
      }
    )
    if (!ticket?.channel_id) {
      return skip("no_channel")
    }
    const [channel] = await helpdesk.listHelpdeskChannels(
      { id: ticket.channel_id },
      {
        select: [
          "id",
          "name",
          "store_url",
          "email_replies",
          "email_reply_delay_minutes",
        ],
        take: 1,
      }
    )
    if (!channel?.email_replies) {
      return skip("email_replies_off")
    }
    const blocked = await helpdesk.listHelpdeskContacts(
      { email: ticket.customer_email, blocked: true },
      { select: ["id"], take: 1 }
    )
    if (blocked.length) {
      return skip("blocked_contact")
    }

    const after = Math.max(ticket.visitor_seen_seq, ticket.last_emailed_seq)
    const dueBy =
      new Date(now).getTime() - channel.email_reply_delay_minutes * 60_000
    // a reply more than a day past its quiet period is no longer e-mailed
    const lookBack = dueBy - LOOK_BACK_MS
    const replies = (await helpdesk.listMessagesAfter(ticket.id, after)).filter(
      (m) =>
        m.kind === "message" &&
        REPLY_AUTHORS.has(m.author_type) &&
        new Date(m.created_at).getTime() > lookBack
    )
    if (!replies.length || new Date(replies[0].created_at).getTime() > dueBy) {
      return skip("not_due")
    }

    const token = helpdesk.issueToken("continue", {
      t: ticket.id,
      exp:
        Math.floor(new Date(now).getTime() / 1000) + CONTINUE_LINK_TTL_SECONDS,
    })
    const messages = []
    for (const reply of replies) {
      const agent =
        reply.author_type === "agent"
          ? await agentFirstName(container, reply.author_id)
          : null
      messages.push({
        author: agent ?? channel.name,
        body: reply.body,
        created_at: new Date(reply.created_at).toISOString(),
      })
    }
    const toSeq = replies[replies.length - 1].seq
    const locale = chatReplyLocale(ticket.locale)
    return new StepResponse<PrepareChatReplyEmailStepOutput>({
      due: true,
      ticket_id: ticket.id,
      from_seq: ticket.last_emailed_seq,
      to_seq: toSeq,
      notification: {
        to: ticket.customer_email,
        channel: "email",
        template: CHAT_REPLY_TEMPLATE,
        resource_id: ticket.id,
        resource_type: "helpdesk_ticket",
        // one e-mail per ticket and last reply, however often a run is retried
        idempotency_key: `helpdesk-chat-reply-${ticket.id}-${toSeq}`,
        data: {
          ticket_id: ticket.id,
          ticket_number: ticket.number,
          subject: chatReplySubject(locale, ticket),
          locale,
          messages,
          continue_url: continueUrl(
            { store_url: channel.store_url, page_url: ticket.page_url },
            token
          ),
        },
      },
    })
  }
)
