import {
  AUTOMATION_ACTION_TYPES,
  AUTOMATION_DELAY_MINUTES,
  AUTOMATION_FIELD_NAMES,
  AUTOMATION_FIELDS,
  AUTOMATION_MATCH_MODES,
  AUTOMATION_VARIABLES,
  type AutomationField,
  type AutomationIdRef,
  isTimedTrigger,
} from "../../../types/automation"
import {
  MAX_MESSAGE_LENGTH,
  TICKET_PRIORITIES,
  TICKET_STATUSES,
} from "../../../types/ticket"
import { unstorableReason } from "../../../utils/storable-text"
import { unknownVariables } from "./template"

/** One thing wrong with a rule, with the path of the field it is about. */
export type RuleProblem = { path: (string | number)[]; message: string }

/** An id a rule names, to be checked to exist. */
export type RuleReference = { ref: AutomationIdRef; id: string; where: string }

const MAX_PREDICATES = 50
const MAX_ACTIONS = 20
const MAX_IN_VALUES = 100
const MAX_TEXT = 1000
const MAX_EMAIL_SUBJECT = 200

const isRecord = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === "object" && !Array.isArray(value)

const list = (values: readonly string[]) => values.join(", ")

const quote = (value: unknown) => JSON.stringify(value)

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/

/**
 * What is wrong with a rule's `conditions`, each problem a sentence naming the field. The ids
 * found are collected into `refs` for the existence check.
 */
export function conditionsProblems(
  conditions: unknown,
  refs: RuleReference[] = []
): RuleProblem[] {
  const problems: RuleProblem[] = []
  const add = (path: (string | number)[], message: string) =>
    problems.push({ path: ["conditions", ...path], message })

  if (!isRecord(conditions)) {
    add(
      [],
      'conditions must be an object { match: "all" | "any", predicates: [...] }.'
    )
    return problems
  }
  const extra = Object.keys(conditions).filter(
    (k) => k !== "match" && k !== "predicates"
  )
  if (extra.length) {
    add(
      [extra[0]],
      `conditions has no field "${extra[0]}"; it takes match and predicates.`
    )
  }
  if (
    !(AUTOMATION_MATCH_MODES as readonly unknown[]).includes(conditions.match)
  ) {
    add(
      ["match"],
      `conditions.match must be one of ${list(AUTOMATION_MATCH_MODES)}.`
    )
  }
  const predicates = conditions.predicates
  if (!Array.isArray(predicates)) {
    add(
      ["predicates"],
      "conditions.predicates must be a list (it may be empty)."
    )
    return problems
  }
  if (predicates.length > MAX_PREDICATES) {
    add(
      ["predicates"],
      `conditions.predicates may hold at most ${MAX_PREDICATES} conditions.`
    )
    return problems
  }
  predicates.forEach((p, i) => {
    const where = `conditions.predicates[${i}]`
    const at = (...rest: (string | number)[]) => ["predicates", i, ...rest]
    if (!isRecord(p)) {
      add(at(), `${where} must be an object { field, operator, value }.`)
      return
    }
    const extraKey = Object.keys(p).find(
      (k) => !["field", "operator", "value"].includes(k)
    )
    if (extraKey) {
      add(
        at(extraKey),
        `${where} has no field "${extraKey}"; it takes field, operator and value.`
      )
      return
    }
    if (!(AUTOMATION_FIELD_NAMES as unknown[]).includes(p.field)) {
      add(
        at("field"),
        `${where}.field must be one of ${list(AUTOMATION_FIELD_NAMES)}; got ${quote(p.field)}.`
      )
      return
    }
    const field = p.field as AutomationField
    const def = AUTOMATION_FIELDS[field]
    if (!(def.operators as readonly unknown[]).includes(p.operator)) {
      add(
        at("operator"),
        `${where}.operator for ${field} must be one of ${list(def.operators)}; got ${quote(p.operator)}.`
      )
      return
    }
    if (!("value" in p)) {
      add(at("value"), `${where}.value is required.`)
      return
    }
    const check = (
      value: unknown,
      path: (string | number)[],
      label: string
    ): boolean => {
      const kind = def.value
      const fail = (message: string) => {
        add(path, `${label} ${message}`)
        return false
      }
      switch (kind.kind) {
        case "id":
          if (
            value === null &&
            "nullable" in kind &&
            kind.nullable &&
            p.operator !== "in"
          ) {
            return true
          }
          if (
            typeof value !== "string" ||
            !value.trim() ||
            value.length > 100
          ) {
            return fail(
              `must be the id of a ${kind.ref}${"nullable" in kind && kind.nullable ? " (or null)" : ""}.`
            )
          }
          refs.push({ ref: kind.ref, id: value, where: label })
          return true
        case "enum":
          return (kind.values as readonly unknown[]).includes(value)
            ? true
            : fail(`must be one of ${list(kind.values)}; got ${quote(value)}.`)
        case "text":
          if (typeof value !== "string" || !value.trim()) {
            return fail("must be a non-empty text.")
          }
          if (value.length > MAX_TEXT) {
            return fail(`must be at most ${MAX_TEXT} characters.`)
          }
          return true
        case "boolean":
          return typeof value === "boolean"
            ? true
            : fail("must be true or false.")
        case "number":
          return typeof value === "number" && Number.isFinite(value)
            ? true
            : fail("must be a number.")
        case "time":
          return typeof value === "string" && TIME.test(value)
            ? true
            : fail(
                `must be a time written as HH:MM (00:00–23:59); got ${quote(value)}.`
              )
      }
    }
    if (p.operator === "in") {
      if (
        !Array.isArray(p.value) ||
        !p.value.length ||
        p.value.length > MAX_IN_VALUES
      ) {
        add(
          at("value"),
          `${where}.value must be a list of 1 to ${MAX_IN_VALUES} values for the operator in.`
        )
        return
      }
      p.value.every((v, j) => check(v, at("value", j), `${where}.value[${j}]`))
      return
    }
    check(p.value, at("value"), `${where}.value`)
  })
  return problems
}

/** The text of a template field: storable, within bounds, naming only known variables. */
function textProblem(
  value: unknown,
  label: string,
  max: number
): string | null {
  if (typeof value !== "string" || !value.trim()) {
    return `${label} must be a non-empty text.`
  }
  if (value.length > max) {
    return `${label} must be at most ${max} characters.`
  }
  const reason = unstorableReason(value)
  if (reason) {
    return `${label} ${reason}.`
  }
  const unknown = unknownVariables(value)
  if (unknown.length) {
    return `${label} names the unknown variable {${unknown[0]}}; use ${AUTOMATION_VARIABLES.map((v) => `{${v}}`).join(", ")}.`
  }
  return null
}

const ACTION_KEYS: Record<string, string[]> = {
  send_autoresponse: ["body"],
  set_priority: ["priority"],
  set_status: ["status"],
  add_tag: ["tag_id"],
  remove_tag: ["tag_id"],
  assign_agent: ["user_id"],
  assign_team: ["team_id"],
  add_note: ["body"],
  set_baselinker_order_status: ["status_id", "orders"],
  send_email: ["subject", "body"],
}

/** What is wrong with a rule's `actions`, each problem a sentence naming the field. */
export function actionsProblems(
  actions: unknown,
  refs: RuleReference[] = []
): RuleProblem[] {
  const problems: RuleProblem[] = []
  if (!Array.isArray(actions)) {
    return [
      {
        path: ["actions"],
        message: "actions must be a list of { type, … } objects.",
      },
    ]
  }
  if (!actions.length || actions.length > MAX_ACTIONS) {
    return [
      {
        path: ["actions"],
        message: `actions must hold 1 to ${MAX_ACTIONS} actions.`,
      },
    ]
  }
  actions.forEach((a, i) => {
    const where = `actions[${i}]`
    const add = (key: string | null, message: string) =>
      problems.push({
        path: key ? ["actions", i, key] : ["actions", i],
        message,
      })
    if (!isRecord(a)) {
      add(null, `${where} must be an object { type, … }.`)
      return
    }
    if (!(AUTOMATION_ACTION_TYPES as readonly unknown[]).includes(a.type)) {
      add(
        "type",
        `${where}.type must be one of ${list(AUTOMATION_ACTION_TYPES)}; got ${quote(a.type)}.`
      )
      return
    }
    const type = a.type as string
    const allowed = ACTION_KEYS[type]
    const extra = Object.keys(a).find(
      (k) => k !== "type" && !allowed.includes(k)
    )
    if (extra) {
      add(
        extra,
        `${where} (${type}) has no field "${extra}"; it takes ${allowed.join(" and ")}.`
      )
      return
    }
    const problem = (key: string, message: string | null) => {
      if (message) {
        add(key, message)
      }
    }
    const id = (key: string, ref: AutomationIdRef, nullable = false) => {
      const value = a[key]
      if (value === null && nullable) {
        return
      }
      if (typeof value !== "string" || !value.trim() || value.length > 100) {
        add(
          key,
          `${where}.${key} must be the id of a ${ref}${nullable ? " (or null)" : ""}.`
        )
        return
      }
      refs.push({ ref, id: value, where: `${where}.${key}` })
    }
    switch (type) {
      case "send_autoresponse": {
        const body = a.body
        if (isRecord(body)) {
          const locales = Object.keys(body)
          const bad = locales.find((l) => l !== "en" && l !== "pl")
          if (bad || !locales.length) {
            add(
              "body",
              `${where}.body must be a text or { en, pl } with at least one of them${bad ? `; "${bad}" is not a locale` : ""}.`
            )
            return
          }
          for (const locale of locales) {
            problem(
              "body",
              textProblem(
                body[locale],
                `${where}.body.${locale}`,
                MAX_MESSAGE_LENGTH
              )
            )
          }
        } else {
          problem(
            "body",
            textProblem(body, `${where}.body`, MAX_MESSAGE_LENGTH)
          )
        }
        break
      }
      case "add_note":
        problem(
          "body",
          textProblem(a.body, `${where}.body`, MAX_MESSAGE_LENGTH)
        )
        break
      case "send_email":
        problem(
          "subject",
          textProblem(a.subject, `${where}.subject`, MAX_EMAIL_SUBJECT)
        )
        problem(
          "body",
          textProblem(a.body, `${where}.body`, MAX_MESSAGE_LENGTH)
        )
        break
      case "set_priority":
        if (!(TICKET_PRIORITIES as readonly unknown[]).includes(a.priority)) {
          add(
            "priority",
            `${where}.priority must be one of ${list(TICKET_PRIORITIES)}.`
          )
        }
        break
      case "set_status":
        if (!(TICKET_STATUSES as readonly unknown[]).includes(a.status)) {
          add(
            "status",
            `${where}.status must be one of ${list(TICKET_STATUSES)}.`
          )
        }
        break
      case "add_tag":
      case "remove_tag":
        id("tag_id", "tag")
        break
      case "assign_agent":
        id("user_id", "user", true)
        break
      case "assign_team":
        id("team_id", "team", true)
        break
      case "set_baselinker_order_status":
        if (
          (typeof a.status_id !== "string" &&
            typeof a.status_id !== "number") ||
          !/^\d{1,20}$/.test(String(a.status_id))
        ) {
          add(
            "status_id",
            `${where}.status_id must be a BaseLinker order status id (digits), as GET /admin/helpdesk/baselinker/statuses lists them.`
          )
        }
        if (a.orders !== "newest" && a.orders !== "all") {
          add("orders", `${where}.orders must be "newest" or "all".`)
        }
        break
    }
  })
  return problems
}

/** Whether `delay_minutes` fits the trigger: required for the timed ones, refused for others. */
export function delayProblem(
  trigger: string,
  delay: number | null | undefined
): RuleProblem | null {
  if (isTimedTrigger(trigger)) {
    if (
      typeof delay !== "number" ||
      !Number.isInteger(delay) ||
      delay < AUTOMATION_DELAY_MINUTES.min ||
      delay > AUTOMATION_DELAY_MINUTES.max
    ) {
      return {
        path: ["delay_minutes"],
        message: `delay_minutes is required for the trigger ${trigger}: a whole number of minutes from ${AUTOMATION_DELAY_MINUTES.min} to ${AUTOMATION_DELAY_MINUTES.max}.`,
      }
    }
    return null
  }
  if (delay !== null && delay !== undefined) {
    return {
      path: ["delay_minutes"],
      message: `delay_minutes applies only to the triggers no_agent_reply and pending_for; leave it out for ${trigger}.`,
    }
  }
  return null
}

/** The channel ids a rule's conditions name (its `channel_id` predicates). */
export function ruleChannelIds(conditions: unknown): string[] {
  if (!isRecord(conditions) || !Array.isArray(conditions.predicates)) {
    return []
  }
  const ids = new Set<string>()
  for (const p of conditions.predicates) {
    if (isRecord(p) && p.field === "channel_id") {
      for (const v of Array.isArray(p.value) ? p.value : [p.value]) {
        if (typeof v === "string") {
          ids.add(v)
        }
      }
    }
  }
  return [...ids]
}
