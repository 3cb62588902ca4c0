import type {
  MessageClassification,
  SentimentFlag,
  SentimentLabel,
  TopicId,
} from "../../../types/classification"

export type TicketLabels = {
  sentiment: SentimentLabel | null
  sentiment_flags: SentimentFlag[] | null
  /** set when an agent chose the sentiment by hand: later messages leave it */
  sentiment_set_by: string | null
  context: TopicId | null
  /** set when an agent chose the context by hand: later messages leave it */
  context_set_by: string | null
}

/**
 * How a shopper's newly classified message moves the ticket's labels:
 * - sentiment: the latest message's, except that a negative ticket stays negative until an
 *   agent changes it (a thank-you after a complaint does not hide the complaint);
 * - flags: every flag seen since an agent last set the sentiment;
 * - context: the topic of the first message that names one (not `other`); `other` while none
 *   has;
 * and nothing that an agent set by hand.
 */
export function ticketLabelsAfter(
  ticket: TicketLabels,
  message: Pick<MessageClassification, "sentiment" | "topics">
): TicketLabels {
  const next = { ...ticket }
  if (!ticket.sentiment_set_by) {
    next.sentiment =
      ticket.sentiment === "negative" ? "negative" : message.sentiment.label
    const flags = new Set([
      ...(ticket.sentiment_flags ?? []),
      ...message.sentiment.flags,
    ])
    next.sentiment_flags = flags.size
      ? [...flags].sort()
      : ticket.sentiment_flags
  }
  if (!ticket.context_set_by) {
    const topic = message.topics[0]?.id ?? "other"
    if (!ticket.context || ticket.context === "other") {
      next.context = topic
    }
  }
  return next
}

export function sameLabels(a: TicketLabels, b: TicketLabels): boolean {
  return (
    a.sentiment === b.sentiment &&
    a.context === b.context &&
    (a.sentiment_flags ?? []).join() === (b.sentiment_flags ?? []).join()
  )
}
