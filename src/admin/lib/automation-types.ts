import {
  CLASSIFIER_LANGUAGES,
  SENTIMENT_FLAGS,
  SENTIMENT_LABELS,
  TOPIC_IDS,
} from "../../types/classification"
import { TICKET_PRIORITIES, TICKET_STATUSES } from "../../types/ticket"
import type { ListResponse } from "./settings-types"

// What a rule is made of, as the automation-rules routes take and answer it.

export const RULE_TRIGGERS = [
  "ticket_created",
  "customer_message",
  "agent_message",
  "ticket_updated",
  "no_agent_reply",
  "pending_for",
] as const
export type RuleTrigger = (typeof RULE_TRIGGERS)[number]

export const TRIGGER_LABELS: Record<RuleTrigger, string> = {
  ticket_created: "A ticket is created",
  customer_message: "The customer writes",
  agent_message: "An agent answers",
  ticket_updated: "A ticket is changed",
  no_agent_reply: "No agent has answered for a while",
  pending_for: "A ticket has been pending for a while",
}

/** Time-based triggers: the unit their delay is entered in; it is sent as `delay_minutes`. */
export const DELAY_UNITS: Partial<Record<RuleTrigger, "minutes" | "hours">> = {
  no_agent_reply: "minutes",
  pending_for: "hours",
}

export const RULE_OPERATORS = [
  "is",
  "is_not",
  "in",
  "contains",
  "not_contains",
  "gte",
  "lte",
] as const
export type RuleOperator = (typeof RULE_OPERATORS)[number]

/** What kind of value a condition field compares, which decides its operators and its input. */
export type FieldKind =
  | "channel"
  | "tag"
  | "user"
  | "team"
  | "inbox"
  | "baselinker_status"
  | "enum"
  | "text"
  | "number"
  | "time"
  | "boolean"

export type RuleFieldDefinition = {
  label: string
  kind: FieldKind
  /** For `enum` fields: the values and their names. */
  options?: { value: string; label: string }[]
}

const named = <T extends string>(
  values: readonly T[],
  names: Record<T, string>
) => values.map((value) => ({ value, label: names[value] }))

const capitalised = (values: readonly string[]) =>
  values.map((value) => ({
    value,
    label: (value.charAt(0).toUpperCase() + value.slice(1)).replace(/_/g, " "),
  }))

const TOPIC_LABELS: Record<(typeof TOPIC_IDS)[number], string> = {
  order_status: "Order status",
  shipping_delivery: "Shipping & delivery",
  order_change_cancel: "Order change or cancel",
  return: "Return",
  refund: "Refund",
  complaint_damaged: "Complaint, damaged",
  payment_invoice: "Payment & invoice",
  product_question: "Product question",
  discount: "Discount",
  feedback_thanks: "Feedback & thanks",
  other: "Other",
}

const LANGUAGE_LABELS: Record<(typeof CLASSIFIER_LANGUAGES)[number], string> = {
  en: "English",
  pl: "Polish",
}

export const WEEKDAYS = [
  "mon",
  "tue",
  "wed",
  "thu",
  "fri",
  "sat",
  "sun",
] as const
const WEEKDAY_LABELS: Record<(typeof WEEKDAYS)[number], string> = {
  mon: "Monday",
  tue: "Tuesday",
  wed: "Wednesday",
  thu: "Thursday",
  fri: "Friday",
  sat: "Saturday",
  sun: "Sunday",
}

const MEDUSA_ORDER_STATUSES = [
  "pending",
  "completed",
  "draft",
  "archived",
  "canceled",
  "requires_action",
] as const

export const RULE_FIELDS = {
  channel_id: { label: "Chat channel", kind: "channel" },
  sentiment: {
    label: "Sentiment",
    kind: "enum",
    options: capitalised(SENTIMENT_LABELS),
  },
  sentiment_flag: {
    label: "Sentiment flag",
    kind: "enum",
    options: capitalised(SENTIMENT_FLAGS),
  },
  context: {
    label: "Context (topic)",
    kind: "enum",
    options: named(TOPIC_IDS, TOPIC_LABELS),
  },
  status: {
    label: "Status",
    kind: "enum",
    options: capitalised(TICKET_STATUSES),
  },
  priority: {
    label: "Priority",
    kind: "enum",
    options: capitalised(TICKET_PRIORITIES),
  },
  tag_id: { label: "Tag", kind: "tag" },
  assignee_id: { label: "Assigned agent", kind: "user" },
  team_id: { label: "Team", kind: "team" },
  inbox_id: { label: "Inbox", kind: "inbox" },
  subject: { label: "Subject", kind: "text" },
  message_text: { label: "Message text", kind: "text" },
  customer_email: { label: "Customer e-mail", kind: "text" },
  email_domain: { label: "E-mail domain", kind: "text" },
  language: {
    label: "Language",
    kind: "enum",
    options: named(CLASSIFIER_LANGUAGES, LANGUAGE_LABELS),
  },
  within_opening_hours: { label: "Within opening hours", kind: "boolean" },
  weekday: {
    label: "Weekday",
    kind: "enum",
    options: named(WEEKDAYS, WEEKDAY_LABELS),
  },
  time_of_day: { label: "Time of day", kind: "time" },
  is_first_customer_message: {
    label: "First message of the customer",
    kind: "boolean",
  },
  has_medusa_orders: { label: "Has Medusa orders", kind: "boolean" },
  medusa_order_status: {
    label: "Medusa order status",
    kind: "enum",
    options: capitalised(MEDUSA_ORDER_STATUSES),
  },
  medusa_order_total: { label: "Medusa order total", kind: "number" },
  has_baselinker_orders: { label: "Has BaseLinker orders", kind: "boolean" },
  baselinker_order_status: {
    label: "BaseLinker order status",
    kind: "baselinker_status",
  },
} satisfies Record<string, RuleFieldDefinition>

export type RuleField = keyof typeof RULE_FIELDS
export const RULE_FIELD_IDS = Object.keys(RULE_FIELDS) as RuleField[]

export const fieldDefinition = (field: string): RuleFieldDefinition =>
  (RULE_FIELDS as Record<string, RuleFieldDefinition>)[field] ?? {
    label: field,
    kind: "text",
  }

/** The operators that make sense for each kind of field. */
export const OPERATORS_BY_KIND: Record<FieldKind, RuleOperator[]> = {
  channel: ["is", "is_not", "in"],
  tag: ["is", "is_not", "in"],
  user: ["is", "is_not", "in"],
  team: ["is", "is_not", "in"],
  inbox: ["is", "is_not", "in"],
  baselinker_status: ["is", "is_not", "in"],
  enum: ["is", "is_not", "in"],
  text: ["is", "is_not", "contains", "not_contains"],
  number: ["is", "gte", "lte"],
  time: ["gte", "lte"],
  boolean: ["is"],
}

export const OPERATOR_LABELS: Record<RuleOperator, string> = {
  is: "is",
  is_not: "is not",
  in: "is one of",
  contains: "contains",
  not_contains: "does not contain",
  gte: "is at least",
  lte: "is at most",
}

export const operatorsOf = (field: string) =>
  OPERATORS_BY_KIND[fieldDefinition(field).kind]

export const RULE_ACTION_TYPES = [
  "send_autoresponse",
  "set_priority",
  "set_status",
  "add_tag",
  "remove_tag",
  "assign_agent",
  "assign_team",
  "add_note",
  "set_baselinker_order_status",
  "send_email",
] as const
export type RuleActionType = (typeof RULE_ACTION_TYPES)[number]

export const ACTION_LABELS: Record<RuleActionType, string> = {
  send_autoresponse: "Send an autoresponse",
  set_priority: "Set priority",
  set_status: "Set status",
  add_tag: "Add tag",
  remove_tag: "Remove tag",
  assign_agent: "Assign to agent",
  assign_team: "Assign to team",
  add_note: "Add internal note",
  set_baselinker_order_status: "Set BaseLinker order status",
  send_email: "Send e-mail to the customer",
}

/** What an autoresponse, note or e-mail may name; each is replaced when it is sent. */
export const TEMPLATE_VARIABLES = [
  { token: "{customer.first_name}", label: "Customer's first name" },
  { token: "{customer.name}", label: "Customer's name" },
  { token: "{ticket.number}", label: "Ticket number" },
  { token: "{channel.name}", label: "Chat channel" },
  { token: "{order.number}", label: "Order number" },
  { token: "{order.status}", label: "Order status" },
] as const

export type RulePredicate = {
  field: string
  operator: RuleOperator
  value: unknown
}

export type RuleConditions = {
  match: "all" | "any"
  predicates: RulePredicate[]
}

export type LocalizedBody = string | { en: string; pl: string }

export type RuleAction =
  | { type: "send_autoresponse"; body: LocalizedBody }
  | { type: "set_priority"; priority: string }
  | { type: "set_status"; status: string }
  | { type: "add_tag"; tag_id: string }
  | { type: "remove_tag"; tag_id: string }
  | { type: "assign_agent"; user_id: string }
  | { type: "assign_team"; team_id: string }
  | { type: "add_note"; body: string }
  | {
      type: "set_baselinker_order_status"
      status_id: string
      orders: "newest" | "all"
    }
  | { type: "send_email"; subject: string; body: string }

export type AdminAutomationRuleBody = {
  name: string
  enabled: boolean
  trigger: RuleTrigger
  delay_minutes?: number | null
  conditions: RuleConditions
  actions: RuleAction[]
  stop_processing: boolean
}

export type AdminAutomationRule = AdminAutomationRuleBody & {
  id: string
  position: number
  last_run_at: string | null
  created_at: string
  updated_at: string
}

export type AdminAutomationRuleListParams = { limit?: number; offset?: number }
export type AdminAutomationRuleListResponse = ListResponse<
  "automation_rules",
  AdminAutomationRule
>
export type AdminAutomationRuleResponse = {
  automation_rule: AdminAutomationRule
}
export type AdminAutomationRuleDeleteResponse = {
  id: string
  object: string
  deleted: boolean
}
export type AdminReorderAutomationRulesResponse = {
  automation_rules: AdminAutomationRule[]
}

export type AdminAutomationRuleTestResponse = {
  matched: boolean
  conditions: {
    field: string
    operator: string
    value: unknown
    matched: boolean
    actual: unknown
  }[]
  actions: RuleAction[]
}

export type AdminAutomationRun = {
  id: string
  rule_id: string
  rule_name: string | null
  trigger: string
  matched: boolean
  actions_applied: unknown[] | null
  error: string | null
  created_at: string
}

export type AdminAutomationRunsResponse = {
  automation_runs: AdminAutomationRun[]
}
