import { isOpen } from "../../../modules/helpdesk/utils/opening-hours"
import {
  AUTOMATION_FIELDS,
  type AutomationConditionResult,
  type AutomationConditions,
  type AutomationField,
  type AutomationPredicate,
} from "../../../types/automation"
import type { ChannelSchedule, Weekday } from "../../../types/channel"
import { TICKET_PRIORITIES } from "../../../types/ticket"

/** The newest order of a source, as order conditions read it. */
export type OrderFact = { number: string; status: string; total: number }

/**
 * Everything a rule's conditions may read about a ticket at one instant. Order facts are
 * `undefined` when no rule asked for them (they cost a lookup).
 */
export type AutomationFacts = {
  now: Date
  channel_id: string | null
  /** the channel's hours; null for a ticket without a channel (read in UTC, always open) */
  schedule: ChannelSchedule | null
  sentiment: string | null
  sentiment_flags: string[]
  context: string | null
  status: string
  priority: string
  tag_ids: string[]
  assignee_id: string | null
  team_id: string | null
  inbox_id: string | null
  subject: string
  /** the message that fired the rule, else the shopper's latest; null when there is none */
  message_text: string | null
  customer_email: string
  language: string | null
  is_first_customer_message: boolean
  medusa_orders?: OrderFact[]
  baselinker_orders?: OrderFact[]
}

// ł does not decompose under NFD, the other Polish letters do
const COMBINING = /[\u0300-\u036f]/g

/**
 * The texts folded lately: a run evaluates every rule against the same few messages, so each
 * text is folded once rather than once per rule. Emptied when it grows past its bound.
 */
const folded = new Map<string, string>()
const FOLDED_MAX = 512

/** Lower-case and without diacritics, so "Zwrot" matches "ZWROT" and "zwrót". */
export function foldText(text: string): string {
  let out = folded.get(text)
  if (out === undefined) {
    out = text
      .replace(/[łŁ]/g, "l")
      .normalize("NFD")
      .replace(COMBINING, "")
      .toLowerCase()
      .trim()
    if (folded.size >= FOLDED_MAX) {
      folded.clear()
    }
    folded.set(text, out)
  }
  return out
}

const WEEKDAY_SHORT: Record<string, Weekday> = {
  Mon: "mon",
  Tue: "tue",
  Wed: "wed",
  Thu: "thu",
  Fri: "fri",
  Sat: "sat",
  Sun: "sun",
}

/** The weekday and "HH:MM" at `instant` in `timeZone` (DST-correct, through Intl). */
export function localClock(
  instant: Date,
  timeZone: string
): { weekday: Weekday; time: string } {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    weekday: "short",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(instant)
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? ""
  return {
    weekday: WEEKDAY_SHORT[part("weekday")] ?? "mon",
    time: `${part("hour").padStart(2, "0")}:${part("minute").padStart(2, "0")}`,
  }
}

/** The ticket's value for a field, as predicates compare it. */
export function factOf(
  facts: AutomationFacts,
  field: AutomationField
): unknown {
  const zone = facts.schedule?.timezone ?? "UTC"
  switch (field) {
    case "sentiment_flag":
      return facts.sentiment_flags
    case "tag_id":
      return facts.tag_ids
    case "email_domain":
      return facts.customer_email.split("@")[1] ?? ""
    case "within_opening_hours":
      return facts.schedule ? isOpen(facts.schedule, facts.now) : true
    case "weekday":
      return localClock(facts.now, zone).weekday
    case "time_of_day":
      return localClock(facts.now, zone).time
    case "has_medusa_orders":
      return (facts.medusa_orders ?? []).length > 0
    case "medusa_order_status":
      return facts.medusa_orders?.[0]?.status ?? null
    case "medusa_order_total":
      return facts.medusa_orders?.[0]?.total ?? null
    case "has_baselinker_orders":
      return (facts.baselinker_orders ?? []).length > 0
    case "baselinker_order_status":
      return facts.baselinker_orders?.[0]?.status ?? null
    default:
      return facts[field]
  }
}

const isText = (field: AutomationField) =>
  AUTOMATION_FIELDS[field].value.kind === "text"

/** Values compared as the field compares them: text folded, the rest as they are. */
const norm = (field: AutomationField, value: unknown): unknown =>
  isText(field) && typeof value === "string" ? foldText(value) : value

/** A rank for ordered fields (priority, time of day, totals), or null. */
function rank(field: AutomationField, value: unknown): number | null {
  if (value === null || value === undefined) {
    return null
  }
  if (field === "priority") {
    const i = (TICKET_PRIORITIES as readonly string[]).indexOf(String(value))
    return i < 0 ? null : i
  }
  if (field === "time_of_day") {
    const match = /^(\d{2}):(\d{2})$/.exec(String(value))
    return match ? Number(match[1]) * 60 + Number(match[2]) : null
  }
  const n = Number(value)
  return Number.isFinite(n) ? n : null
}

/** Whether one predicate holds for a value of the ticket. */
export function matchPredicate(
  predicate: AutomationPredicate,
  actual: unknown
): boolean {
  const { field, operator, value } = predicate
  const a = norm(field, actual)
  const v = norm(field, value)
  switch (operator) {
    case "is":
      return a === v
    case "is_not":
      return a !== v
    case "in":
      return (
        Array.isArray(value) && value.some((item) => norm(field, item) === a)
      )
    case "contains":
    case "not_contains": {
      let has: boolean
      if (Array.isArray(actual)) {
        has = actual.some((item) => norm(field, item) === v)
      } else if (typeof a === "string" && typeof v === "string") {
        has = a.includes(v)
      } else {
        has = false
      }
      return operator === "contains" ? has : !has
    }
    case "gte":
    case "lte": {
      const left = rank(field, actual)
      const right = rank(field, value)
      if (left === null || right === null) {
        return false
      }
      return operator === "gte" ? left >= right : left <= right
    }
    default:
      return false
  }
}

export type ConditionsResult = {
  matched: boolean
  conditions: AutomationConditionResult[]
}

/**
 * Evaluates a rule's conditions against the facts: every predicate is evaluated and reported
 * (for the test endpoint); `match: "all"` needs each, `"any"` one. No predicates match always.
 */
export function evaluateConditions(
  conditions: AutomationConditions,
  facts: AutomationFacts
): ConditionsResult {
  const results = conditions.predicates.map((p) => {
    const actual = factOf(facts, p.field)
    return { ...p, matched: matchPredicate(p, actual), actual: actual ?? null }
  })
  const matched =
    !results.length ||
    (conditions.match === "any"
      ? results.some((r) => r.matched)
      : results.every((r) => r.matched))
  return { matched, conditions: results }
}

/** Whether any of the rules' predicates reads orders (so they must be looked up). */
export const needsOrders = (conditions: AutomationConditions[]) =>
  conditions.some((c) =>
    c.predicates.some((p) =>
      [
        "has_medusa_orders",
        "medusa_order_status",
        "medusa_order_total",
        "has_baselinker_orders",
        "baselinker_order_status",
      ].includes(p.field)
    )
  )
