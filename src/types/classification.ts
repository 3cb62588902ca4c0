/**
 * Labels the classifier gives a shopper's message. Rules compare these enums, never raw scores,
 * so a change of provider does not change what a rule means.
 */
export const SENTIMENT_LABELS = ["positive", "neutral", "negative"] as const
export type SentimentLabel = (typeof SENTIMENT_LABELS)[number]

export const SENTIMENT_FLAGS = ["urgent", "threatening", "offensive"] as const
export type SentimentFlag = (typeof SENTIMENT_FLAGS)[number]

export const TOPIC_IDS = [
  "order_status",
  "shipping_delivery",
  "order_change_cancel",
  "return",
  "refund",
  "complaint_damaged",
  "payment_invoice",
  "product_question",
  "discount",
  "feedback_thanks",
  "other",
] as const
export type TopicId = (typeof TOPIC_IDS)[number]

export const CLASSIFIER_LANGUAGES = ["en", "pl"] as const
export type ClassifierLanguage = (typeof CLASSIFIER_LANGUAGES)[number]

export type MessageClassification = {
  language: ClassifierLanguage
  sentiment: {
    label: SentimentLabel
    /** -1 (angry) … 1 (delighted); for display and audits only */
    score: number
    flags: SentimentFlag[]
  }
  /** most likely first; `other` alone when nothing fits */
  topics: { id: TopicId; confidence: number }[]
  /** which provider answered, with its version, e.g. "builtin@1" */
  provider: string
}

export type ClassifyOptions = {
  /** the ticket's locale: decides when the text itself does not */
  locale?: string | null
  signal?: AbortSignal
}

export interface MessageClassifier {
  readonly id: string
  classify(
    text: string,
    options?: ClassifyOptions
  ): Promise<MessageClassification>
}
