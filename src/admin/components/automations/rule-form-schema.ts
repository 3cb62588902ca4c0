import { z } from "zod"
import {
  AdminAutomationRule,
  AdminAutomationRuleBody,
  DELAY_UNITS,
  fieldDefinition,
  NULL_VALUE,
  operatorsOf,
  RULE_ACTION_TYPES,
  RULE_OPERATORS,
  RULE_TRIGGERS,
  RuleAction,
  RuleField,
  RulePredicate,
} from "../../lib/automation-types"
import type { TicketPriority, TicketStatus } from "../../lib/ticket-types"
import { translate } from "../../lib/locale"

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/

const predicateSchema = z
  .object({
    field: z
      .string()
      .min(1, { error: () => translate("helpdesk.automations.chooseAField") }),
    operator: z.enum(RULE_OPERATORS),
    value: z.string(),
    values: z.array(z.string()),
  })
  .superRefine((p, ctx) => {
    const { kind } = fieldDefinition(p.field)
    if (!operatorsOf(p.field).includes(p.operator)) {
      ctx.addIssue({
        code: "custom",
        path: ["operator"],
        message: translate("helpdesk.automations.chooseAnOperatorThis"),
      })
      return
    }
    if (p.operator === "in") {
      if (p.values.length === 0) {
        ctx.addIssue({
          code: "custom",
          path: ["value"],
          message: translate("helpdesk.automations.tickAtLeastOne"),
        })
      }
      return
    }
    const value = p.value.trim()
    if (!value) {
      ctx.addIssue({
        code: "custom",
        path: ["value"],
        message:
          kind === "text"
            ? translate("helpdesk.automations.writeWhatToCompare")
            : translate("helpdesk.automations.chooseAValue"),
      })
    } else if (kind === "number" && !Number.isFinite(Number(value))) {
      ctx.addIssue({
        code: "custom",
        path: ["value"],
        message: translate("helpdesk.automations.writeANumberLike"),
      })
    } else if (kind === "time" && !TIME.test(value)) {
      ctx.addIssue({
        code: "custom",
        path: ["value"],
        message: translate("helpdesk.automations.writeATimeAs"),
      })
    }
  })

/** Every field any action takes; the type decides which are sent. */
const actionSchema = z
  .object({
    type: z.enum(RULE_ACTION_TYPES),
    per_locale: z.boolean(),
    body: z.string(),
    body_en: z.string(),
    body_pl: z.string(),
    subject: z.string(),
    priority: z.string(),
    status: z.string(),
    tag_id: z.string(),
    user_id: z.string(),
    team_id: z.string(),
    status_id: z.string(),
    orders: z.enum(["newest", "all"]),
  })
  .superRefine((a, ctx) => {
    const need = (key: keyof typeof a, message: string) => {
      if (!String(a[key]).trim()) {
        ctx.addIssue({ code: "custom", path: [key], message })
      }
    }
    switch (a.type) {
      case "send_autoresponse":
        if (a.per_locale) {
          need("body_en", translate("helpdesk.automations.writeTheEnglishText"))
          need("body_pl", translate("helpdesk.automations.writeThePolishText"))
        } else {
          need("body", translate("helpdesk.automations.writeTheTextThe"))
        }
        break
      case "set_priority":
        need("priority", translate("helpdesk.automations.chooseAPriority"))
        break
      case "set_status":
        need("status", translate("helpdesk.automations.chooseAStatus"))
        break
      case "add_tag":
      case "remove_tag":
        need("tag_id", translate("helpdesk.automations.chooseATag"))
        break
      case "assign_agent":
        need("user_id", translate("helpdesk.automations.chooseAnAgent"))
        break
      case "assign_team":
        need("team_id", translate("helpdesk.automations.chooseATeam"))
        break
      case "add_note":
        need("body", translate("helpdesk.automations.writeTheNote"))
        break
      case "set_baselinker_order_status":
        need(
          "status_id",
          translate("helpdesk.automations.chooseABaselinkerStatus")
        )
        break
      case "send_email":
        need("subject", translate("helpdesk.automations.writeASubject"))
        need("body", translate("helpdesk.automations.writeTheEMail"))
        break
    }
  })

export const ruleFormSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, { error: () => translate("helpdesk.automations.giveTheRuleA") })
      .max(120, {
        error: () => translate("helpdesk.automations.keepTheNameTo"),
      }),
    enabled: z.boolean(),
    trigger: z.enum(RULE_TRIGGERS),
    delay: z.string(),
    match: z.enum(["all", "any"]),
    predicates: z.array(predicateSchema),
    actions: z
      .array(actionSchema)
      .min(1, { error: () => translate("helpdesk.automations.addAtLeastOne") }),
    stop_processing: z.boolean(),
  })
  .superRefine((values, ctx) => {
    const unit = DELAY_UNITS[values.trigger]
    if (unit) {
      const delay = Number(values.delay)
      if (!values.delay.trim() || !Number.isInteger(delay) || delay < 1) {
        ctx.addIssue({
          code: "custom",
          path: ["delay"],
          message: translate("helpdesk.automations.writeAWholeNumber", {
            unit,
          }),
        })
      }
    }
  })

export type RuleFormValues = z.infer<typeof ruleFormSchema>
export type PredicateFormValues = RuleFormValues["predicates"][number]
export type ActionFormValues = RuleFormValues["actions"][number]

export const emptyPredicate = (field = "channel_id"): PredicateFormValues => ({
  field,
  operator: operatorsOf(field)[0],
  value: "",
  values: [],
})

export const emptyAction = (
  type: ActionFormValues["type"] = "set_priority"
): ActionFormValues => ({
  type,
  per_locale: false,
  body: "",
  body_en: "",
  body_pl: "",
  subject: "",
  priority: "",
  status: "",
  tag_id: "",
  user_id: "",
  team_id: "",
  status_id: "",
  orders: "newest",
})

export const emptyRuleFormValues = (): RuleFormValues => ({
  name: "",
  enabled: true,
  trigger: "ticket_created",
  delay: "",
  match: "all",
  predicates: [emptyPredicate()],
  actions: [emptyAction()],
  stop_processing: false,
})

const predicateToForm = (p: RulePredicate): PredicateFormValues => ({
  field: p.field,
  operator: p.operator,
  value: Array.isArray(p.value)
    ? ""
    : p.value === null
      ? NULL_VALUE
      : p.value === undefined
        ? ""
        : String(p.value),
  values: Array.isArray(p.value) ? p.value.map(String) : [],
})

const actionToForm = (a: RuleAction): ActionFormValues => {
  const form = emptyAction(a.type)
  const action = a as Record<string, unknown>
  for (const key of [
    "subject",
    "priority",
    "status",
    "tag_id",
    "user_id",
    "team_id",
    "status_id",
  ] as const) {
    if (action[key] === null) {
      form[key] = NULL_VALUE
    } else if (action[key] !== undefined) {
      form[key] = String(action[key])
    }
  }
  if (action.orders === "all") {
    form.orders = "all"
  }
  const body = action.body
  if (body && typeof body === "object") {
    const localized = body as { en?: string; pl?: string }
    form.per_locale = true
    form.body_en = localized.en ?? ""
    form.body_pl = localized.pl ?? ""
  } else if (typeof body === "string") {
    form.body = body
  }
  return form
}

export const ruleToFormValues = (rule: AdminAutomationRule): RuleFormValues => {
  const unit = DELAY_UNITS[rule.trigger]
  return {
    name: rule.name,
    enabled: rule.enabled,
    trigger: rule.trigger,
    delay:
      unit && rule.delay_minutes
        ? String(
            unit === "hours" ? rule.delay_minutes / 60 : rule.delay_minutes
          )
        : "",
    match: rule.conditions?.match ?? "all",
    predicates: (rule.conditions?.predicates ?? []).map(predicateToForm),
    actions: (rule.actions ?? []).map(actionToForm),
    stop_processing: rule.stop_processing,
  }
}

const predicateValue = (p: PredicateFormValues): RulePredicate["value"] => {
  if (p.operator === "in") {
    return p.values
  }
  if (p.value === NULL_VALUE) {
    return null
  }
  const { kind } = fieldDefinition(p.field)
  if (kind === "boolean") {
    return p.value === "true"
  }
  if (kind === "number") {
    return Number(p.value)
  }
  return p.value.trim()
}

const nullable = (value: string) => (value === NULL_VALUE ? null : value)

const actionToPayload = (a: ActionFormValues): RuleAction => {
  switch (a.type) {
    case "send_autoresponse":
      return {
        type: a.type,
        body: a.per_locale
          ? { en: a.body_en.trim(), pl: a.body_pl.trim() }
          : a.body.trim(),
      }
    case "set_priority":
      return { type: a.type, priority: a.priority as TicketPriority }
    case "set_status":
      return { type: a.type, status: a.status as TicketStatus }
    case "add_tag":
    case "remove_tag":
      return { type: a.type, tag_id: a.tag_id }
    case "assign_agent":
      return { type: a.type, user_id: nullable(a.user_id) }
    case "assign_team":
      return { type: a.type, team_id: nullable(a.team_id) }
    case "add_note":
      return { type: a.type, body: a.body.trim() }
    case "set_baselinker_order_status":
      return { type: a.type, status_id: a.status_id, orders: a.orders }
    case "send_email":
      return { type: a.type, subject: a.subject.trim(), body: a.body.trim() }
  }
}

export const ruleToPayload = (
  values: RuleFormValues
): AdminAutomationRuleBody => {
  const unit = DELAY_UNITS[values.trigger]
  return {
    name: values.name.trim(),
    enabled: values.enabled,
    trigger: values.trigger,
    // the server refuses a delay on the other triggers, and a stored one must be cleared
    delay_minutes: unit
      ? Number(values.delay) * (unit === "hours" ? 60 : 1)
      : null,
    conditions: {
      match: values.match,
      predicates: values.predicates.map((p) => ({
        field: p.field as RuleField,
        operator: p.operator,
        value: predicateValue(p),
      })),
    },
    actions: values.actions.map(actionToPayload),
    stop_processing: values.stop_processing,
  }
}

/** The action form field a server sentence about an action's key is shown on. */
const ACTION_KEYS: Record<string, keyof ActionFormValues> = {
  type: "type",
  body: "body",
  subject: "subject",
  priority: "priority",
  status: "status",
  tag_id: "tag_id",
  user_id: "user_id",
  team_id: "team_id",
  status_id: "status_id",
  orders: "orders",
}

/**
 * The form field a refusal from the server is about, judged by the field path its sentence
 * names (e.g. `conditions.predicates[1].value`, `actions.0.tag_id`); null when it names none.
 */
export const formFieldOfServerMessage = (
  message: string,
  values: RuleFormValues
): string | null => {
  const predicate = /predicates(?:\[|\.)(\d+)\]?(?:\.(\w+))?/.exec(message)
  if (predicate) {
    const index = Number(predicate[1])
    const key =
      predicate[2] === "field" || predicate[2] === "operator"
        ? predicate[2]
        : "value"
    return index < values.predicates.length
      ? `predicates.${index}.${key}`
      : "predicates"
  }
  const action = /actions(?:\[|\.)(\d+)\]?(?:\.(\w+))?(?:\.(en|pl))?/.exec(
    message
  )
  if (action) {
    const index = Number(action[1])
    if (index >= values.actions.length) {
      return "actions"
    }
    const current = values.actions[index]
    let key: keyof ActionFormValues = ACTION_KEYS[action[2] ?? ""] ?? "type"
    if (key === "body" && current.per_locale) {
      key = action[3] === "pl" ? "body_pl" : "body_en"
    }
    return `actions.${index}.${key}`
  }
  if (/delay_minutes/.test(message)) {
    return "delay"
  }
  if (/\btrigger\b/.test(message)) {
    return "trigger"
  }
  if (/\bmatch\b/.test(message)) {
    return "match"
  }
  if (/\bactions\b/.test(message)) {
    return "actions"
  }
  if (/\bname\b/.test(message)) {
    return "name"
  }
  return null
}
