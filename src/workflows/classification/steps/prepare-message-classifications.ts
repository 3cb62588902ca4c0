import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import type {
  MessageClassification,
  SentimentFlag,
  SentimentLabel,
  TopicId,
} from "../../../types/classification"
import {
  sameLabels,
  ticketLabelsAfter,
  type TicketLabels,
} from "../utils/ticket-labels"

/** At most this many messages per run; a later event picks up the rest. */
const BATCH = 50

export type MessageLabels = {
  id: string
  sentiment: SentimentLabel
  sentiment_flags: SentimentFlag[]
  topics: MessageClassification["topics"]
  language: string
  classified_by: string
}

export type PrepareMessageClassificationsStepOutput = {
  ticket_id: string
  messages: MessageLabels[]
  /** the ticket's labels before and after these messages */
  before: TicketLabels
  after: TicketLabels
  ticket_changed: boolean
}

export const prepareMessageClassificationsStepId =
  "prepare-helpdesk-message-classifications"
/**
 * This step labels a ticket's shopper messages that have no labels yet, oldest first, and works
 * out the ticket's labels after them. It changes nothing itself, so a retried event finds the
 * messages it already stored and labels nothing twice.
 */
export const prepareMessageClassificationsStep = createStep(
  prepareMessageClassificationsStepId,
  async ({ ticket_id }: { ticket_id: string }, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const [ticket] = await helpdesk.listHelpdeskTickets(
      { id: ticket_id },
      {
        select: [
          "id",
          "locale",
          "sentiment",
          "sentiment_flags",
          "sentiment_set_by",
          "context",
          "context_set_by",
        ],
      }
    )
    const empty: PrepareMessageClassificationsStepOutput = {
      ticket_id,
      messages: [],
      before: {} as TicketLabels,
      after: {} as TicketLabels,
      ticket_changed: false,
    }
    if (!ticket) {
      return new StepResponse(empty)
    }
    const pending = await helpdesk.listHelpdeskMessages(
      {
        ticket_id,
        author_type: "customer",
        kind: "message",
        classified_by: null,
      },
      { select: ["id", "body"], order: { seq: "ASC" }, take: BATCH }
    )
    const before: TicketLabels = {
      sentiment: ticket.sentiment as SentimentLabel | null,
      sentiment_flags: (ticket.sentiment_flags ?? null) as
        SentimentFlag[] | null,
      sentiment_set_by: ticket.sentiment_set_by,
      context: ticket.context as TopicId | null,
      context_set_by: ticket.context_set_by,
    }
    let after = before
    const messages: MessageLabels[] = []
    for (const message of pending) {
      const out = await helpdesk.classifyText(message.body, {
        locale: ticket.locale,
      })
      after = ticketLabelsAfter(after, out)
      messages.push({
        id: message.id,
        sentiment: out.sentiment.label,
        sentiment_flags: out.sentiment.flags,
        topics: out.topics,
        language: out.language,
        classified_by: out.provider,
      })
    }
    return new StepResponse<PrepareMessageClassificationsStepOutput>({
      ticket_id,
      messages,
      before,
      after,
      ticket_changed: messages.length > 0 && !sameLabels(before, after),
    })
  }
)
