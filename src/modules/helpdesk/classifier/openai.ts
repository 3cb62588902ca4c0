import { z } from "@medusajs/framework/zod"
import {
  SENTIMENT_FLAGS,
  SENTIMENT_LABELS,
  TOPIC_IDS,
  type ClassifyOptions,
  type MessageClassification,
  type MessageClassifier,
} from "../../../types/classification"
import type { ClassifierOptions } from "../../../types/options"

export type OpenAiClassifierOptions = Omit<
  Extract<ClassifierOptions, { provider: "openai" }>,
  "provider"
>

const SCHEMA = {
  type: "object",
  additionalProperties: false,
  required: ["language", "sentiment", "flags", "topics"],
  properties: {
    language: { type: "string", enum: ["en", "pl"] },
    sentiment: { type: "string", enum: [...SENTIMENT_LABELS] },
    flags: {
      type: "array",
      items: { type: "string", enum: [...SENTIMENT_FLAGS] },
    },
    topics: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["id", "confidence"],
        properties: {
          id: { type: "string", enum: [...TOPIC_IDS] },
          confidence: { type: "number" },
        },
      },
    },
  },
} as const

const Answer = z.object({
  language: z.enum(["en", "pl"]),
  sentiment: z.enum(SENTIMENT_LABELS),
  flags: z.array(z.enum(SENTIMENT_FLAGS)),
  topics: z
    .array(
      z.object({ id: z.enum(TOPIC_IDS), confidence: z.number().min(0).max(1) })
    )
    .min(1),
})

const INSTRUCTIONS =
  "You label one message a shopper wrote to an online shop's support chat (English or Polish). " +
  "Answer with JSON only. sentiment: the shopper's mood. flags: urgent (impatience, a time-critical " +
  "ask), threatening (legal steps, consumer authorities, chargebacks, public bad reviews), offensive " +
  "(insults); none when none applies. topics: what the message is about, most likely first, each " +
  "with a confidence between 0 and 1; `other` when nothing fits."

/** E-mail addresses and long digit runs (phones, card and account numbers) stay in the shop. */
export function maskPersonalData(text: string): string {
  return text
    .replace(/[^\s@]+@[^\s@]+\.[^\s@]+/g, "[email]")
    .replace(/\+?\d[\d \-]{7,}\d/g, "[number]")
}

/**
 * An OpenAI-compatible chat-completions endpoint with JSON-schema output over the same labels.
 * Any failure — network, timeout, HTTP error, an answer outside the schema — falls back to the
 * given classifier (the built-in one), so a message is always labelled.
 */
export class OpenAiClassifier implements MessageClassifier {
  readonly id: string
  private readonly url: string
  private readonly timeoutMs: number

  constructor(
    private readonly options: OpenAiClassifierOptions,
    private readonly fallback: MessageClassifier,
    private readonly onFallback: (reason: string) => void = () => {}
  ) {
    this.id = `openai:${options.model}`
    this.url = `${options.baseUrl.replace(/\/+$/, "")}/chat/completions`
    this.timeoutMs = options.timeoutMs ?? 5000
  }

  async classify(
    text: string,
    options: ClassifyOptions = {}
  ): Promise<MessageClassification> {
    try {
      return await this.ask(text, options)
    } catch (error) {
      this.onFallback(error instanceof Error ? error.message : String(error))
      return this.fallback.classify(text, options)
    }
  }

  private async ask(
    text: string,
    options: ClassifyOptions
  ): Promise<MessageClassification> {
    const signals = [AbortSignal.timeout(this.timeoutMs)]
    if (options.signal) {
      signals.push(options.signal)
    }
    const response = await fetch(this.url, {
      method: "POST",
      signal: AbortSignal.any(signals),
      headers: {
        "content-type": "application/json",
        ...(this.options.apiKey
          ? { authorization: `Bearer ${this.options.apiKey}` }
          : {}),
      },
      body: JSON.stringify({
        model: this.options.model,
        temperature: 0,
        messages: [
          { role: "system", content: INSTRUCTIONS },
          {
            role: "user",
            content: `Ticket locale: ${options.locale ?? "unknown"}\nMessage:\n${maskPersonalData(text)}`,
          },
        ],
        response_format: {
          type: "json_schema",
          json_schema: {
            name: "message_classification",
            strict: true,
            schema: SCHEMA,
          },
        },
      }),
    })
    if (!response.ok) {
      throw new Error(
        `the classifier endpoint answered HTTP ${response.status}`
      )
    }
    const body = (await response.json()) as {
      choices?: { message?: { content?: string } }[]
    }
    const content = body.choices?.[0]?.message?.content
    if (typeof content !== "string") {
      throw new Error("the classifier endpoint's answer has no message content")
    }
    let parsed: unknown
    try {
      parsed = JSON.parse(content)
    } catch {
      throw new Error("the classifier endpoint's answer is not JSON")
    }
    const answer = Answer.safeParse(parsed)
    if (!answer.success) {
      throw new Error(
        "the classifier endpoint's answer does not fit the labels"
      )
    }
    const { language, sentiment, flags, topics } = answer.data
    const score =
      sentiment === "positive" ? 0.7 : sentiment === "negative" ? -0.7 : 0
    return {
      language,
      sentiment: { label: sentiment, score, flags: [...new Set(flags)].sort() },
      topics: [...topics]
        .sort((a, b) => b.confidence - a.confidence)
        .slice(0, 3),
      provider: this.id,
    }
  }
}
