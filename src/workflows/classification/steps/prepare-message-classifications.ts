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

/** At most this many messages per ticket and run; a later event picks up the rest. */
const PER_TICKET = 50

export type MessageLabels = {
  id: string
  sentiment: SentimentLabel
  sentiment_flags: SentimentFlag[]
  topics: MessageClassification["topics"]
  language: string
  classified_by: string
}

/** One ticket's newly labelled messages and its labels before and after them. */
export type TicketClassificationPlan = {
  ticket_id: string
  messages: MessageLabels[]
  before: TicketLabels
  after: TicketLabels
  ticket_changed: boolean
}

export type PrepareMessageClassificationsStepOutput = {
  /** the tickets with messages to label, in the order asked */
  tickets: TicketClassificationPlan[]
}

export const prepareMessageClassificationsStepId =
  "prepare-helpdesk-message-classifications"
/**
 * This step labels the shopper messages of the tickets that have no labels yet, oldest first,
 * and works out each ticket's labels after them. It reads all tickets and their messages with
 * one query however many there are, and changes nothing itself, so a retried event finds the
 * messages it already stored and labels nothing twice.
 */
export const prepareMessageClassificationsStep = createStep(
  prepareMessageClassificationsStepId,
  async ({ ticket_ids }: { ticket_ids: string[] }, { container }) => {
    const ids = [...new Set(ticket_ids)]
    if (!ids.length) {
      return new StepResponse<PrepareMessageClassificationsStepOutput>({
        tickets: [],
      })
    }
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const ticketById = new Map(
      (await helpdesk.listTicketsToLabel(ids, PER_TICKET)).map((t) => [t.id, t])
    )

    const plans: TicketClassificationPlan[] = []
    for (const id of ids) {
      const ticket = ticketById.get(id)
      if (!ticket) {
        continue
      }
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
      for (const message of ticket.messages) {
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
      plans.push({
        ticket_id: id,
        messages,
        before,
        after,
        ticket_changed: !sameLabels(before, after),
      })
    }
    return new StepResponse<PrepareMessageClassificationsStepOutput>({
      tickets: plans,
    })
  }
)
