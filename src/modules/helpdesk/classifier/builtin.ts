import {
  TOPIC_IDS,
  type ClassifierLanguage,
  type ClassifyOptions,
  type MessageClassification,
  type MessageClassifier,
  type SentimentFlag,
  type SentimentLabel,
  type TopicId,
} from "../../../types/classification"
import {
  EMOJI_VALENCE,
  FLAGS,
  INTENSIFIERS,
  NEGATION_WINDOW,
  NEGATORS,
  SENTIMENT,
} from "./lexicon"
import { NaiveBayes } from "./naive-bayes"
import { compile, findAll, matchAt, type PatternSet } from "./patterns"
import { SEED_CORPUS } from "./seed-corpus"
import {
  CLAUSE_BREAK,
  detectLanguage,
  prepare,
  stem,
  type PreparedText,
} from "./text"
import { TOPIC_RULES } from "./topic-rules"

export const BUILTIN_CLASSIFIER_ID = "builtin@1"

/** compound score = raw / sqrt(raw² + SCALE): 1 hit of "great" (2) ≈ 0.7 */
const SCALE = 4
const POSITIVE_FROM = 0.4
const NEGATIVE_FROM = -0.3
/** how much the naive Bayes posterior (0…1) counts against the rules' weights */
const BAYES_WEIGHT = 3
/** below this combined score no topic is named: `other` */
const TOPIC_THRESHOLD = 1.6

type Topic = Exclude<TopicId, "other">

/**
 * The default classifier: offline, deterministic, English and Polish. Sentiment from our own
 * lexicon with negation, intensifiers, emoji and flag lists; topics from stem rules plus a
 * naive Bayes model trained on the seed corpus when the classifier is made (a few ms).
 */
export class BuiltinClassifier implements MessageClassifier {
  readonly id = BUILTIN_CLASSIFIER_ID
  private readonly sentiment = compile(SENTIMENT)
  private readonly flags = compile(FLAGS)
  private readonly topicRules = Object.entries(TOPIC_RULES).map(
    ([topic, rules]) => [topic as Topic, compile(rules)] as const
  )
  private readonly bayes = new NaiveBayes<TopicId>()

  constructor() {
    for (const topic of TOPIC_IDS) {
      for (const example of SEED_CORPUS[topic]) {
        const prepared = prepare(example)
        this.bayes.learn(features(prepared, detectLanguage(prepared)), topic)
      }
    }
  }

  async classify(
    text: string,
    options: ClassifyOptions = {}
  ): Promise<MessageClassification> {
    return this.classifySync(text, options)
  }

  /** The same answer as `classify`, without the promise (benchmarks, rule tests). */
  classifySync(
    text: string,
    options: ClassifyOptions = {}
  ): MessageClassification {
    const prepared = prepare(text)
    const language = detectLanguage(prepared, options.locale)
    const flags = this.findFlags(prepared)
    const score = this.score(prepared, flags)
    return {
      language,
      sentiment: { label: labelOf(score, flags), score: round(score), flags },
      topics: this.topics(prepared, language),
      provider: this.id,
    }
  }

  private findFlags(prepared: PreparedText): SentimentFlag[] {
    const found = new Set<SentimentFlag>()
    for (const { pattern } of findAll(this.flags, prepared.tokens)) {
      found.add(pattern.value)
    }
    return [...found].sort()
  }

  /** -1…1 */
  private score(prepared: PreparedText, flags: SentimentFlag[]): number {
    const { tokens } = prepared
    let raw = 0
    let negatedUntil = -1
    let intensity = 1
    let intensifiedUntil = -1
    for (let i = 0; i < tokens.length;) {
      const token = tokens[i]
      const match = matchAt(this.sentiment, tokens, i)
      if (match) {
        let value = match.value
        const startsWithNegator = NEGATORS.has(match.words[0].text)
        if (value !== 0 && i <= negatedUntil && !startsWithNegator) {
          // "not happy" is a complaint; "not bad" is mild praise
          value = value > 0 ? -value * 0.8 : -value * 0.5
        }
        if (i <= intensifiedUntil) {
          value *= intensity
        }
        raw += value
        i += match.words.length
        continue
      }
      if (token === CLAUSE_BREAK) {
        negatedUntil = -1
        intensifiedUntil = -1
      } else if (NEGATORS.has(token)) {
        negatedUntil = i + NEGATION_WINDOW
      } else if (INTENSIFIERS.has(token)) {
        intensity = INTENSIFIERS.get(token) ?? 1
        intensifiedUntil = i + 2
      }
      i++
    }
    for (const emoji of prepared.emoji) {
      const valence = EMOJI_VALENCE.find(([re]) => re.test(emoji))
      if (valence) {
        raw += valence[1]
      }
    }
    if (raw !== 0) {
      raw *= 1 + 0.1 * Math.min(prepared.exclamations, 3)
      if (prepared.shouted >= 2) {
        raw *= 1.2
      }
    }
    if (raw > 0 && prepared.questions > 0) {
      // a question that ends in "thanks" asks, it does not praise
      raw *= 0.45
    }
    if (flags.includes("urgent")) {
      raw -= 1
    }
    if (flags.includes("threatening") || flags.includes("offensive")) {
      raw = Math.min(raw, -2)
    }
    return raw / Math.sqrt(raw * raw + SCALE)
  }

  private topics(
    prepared: PreparedText,
    language: ClassifierLanguage
  ): MessageClassification["topics"] {
    const scores = new Map<TopicId, number>()
    for (const [topic, rules] of this.topicRules) {
      scores.set(topic, ruleScore(rules, prepared.tokens))
    }
    const featureList = features(prepared, language)
    if (featureList.length && this.bayes.knownShare(featureList) > 0) {
      for (const [topic, p] of this.bayes.probabilities(featureList)) {
        scores.set(topic, (scores.get(topic) ?? 0) + BAYES_WEIGHT * p)
      }
    }
    const ranked = [...scores.entries()]
      .filter(([topic]) => topic !== "other")
      .sort((a, b) => b[1] - a[1])
    const best = ranked[0]
    if (
      !best ||
      best[1] < TOPIC_THRESHOLD ||
      (scores.get("other") ?? 0) > best[1]
    ) {
      return [{ id: "other", confidence: round(confidenceOf(scores, "other")) }]
    }
    return ranked
      .filter(
        ([, s], i) => i === 0 || (s >= TOPIC_THRESHOLD && s >= best[1] * 0.6)
      )
      .slice(0, 3)
      .map(([id]) => ({ id, confidence: round(confidenceOf(scores, id)) }))
  }
}

function ruleScore(rules: PatternSet<number>, tokens: string[]): number {
  let score = 0
  for (const { pattern } of findAll(rules, tokens)) {
    score += pattern.value
  }
  return score
}

function confidenceOf(scores: Map<TopicId, number>, id: TopicId): number {
  let total = 0
  for (const s of scores.values()) {
    total += s
  }
  return total > 0 ? (scores.get(id) ?? 0) / total : 1
}

function features(
  prepared: PreparedText,
  language: ClassifierLanguage
): string[] {
  return prepared.words
    .filter((w) => w.length > 1)
    .map((w) => stem(w, language))
}

function labelOf(score: number, flags: SentimentFlag[]): SentimentLabel {
  if (flags.includes("threatening") || flags.includes("offensive")) {
    return "negative"
  }
  if (score >= POSITIVE_FROM) {
    return "positive"
  }
  if (score <= NEGATIVE_FROM) {
    return "negative"
  }
  return "neutral"
}

const round = (n: number) => Math.round(n * 1000) / 1000
