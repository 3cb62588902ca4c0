/**
 * Automation rules: the triggers, condition fields with their operators, actions and template
 * variables. Shared by the server (validation, evaluation) and the Admin (the rule editor), so
 * this file imports nothing but other shared types.
 */
import {
  CLASSIFIER_LANGUAGES,
  SENTIMENT_FLAGS,
  SENTIMENT_LABELS,
  TOPIC_IDS,
} from "./classification"
import { WEEKDAYS } from "./channel"
import { TICKET_PRIORITIES, TICKET_STATUSES } from "./ticket"

export const AUTOMATION_TRIGGERS = [
  "ticket_created",
  "customer_message",
  "agent_message",
  "ticket_updated",
  "no_agent_reply",
  "pending_for",
] as const
export type AutomationTrigger = (typeof AUTOMATION_TRIGGERS)[number]

/** Triggers checked by the scheduled job; their rules carry `delay_minutes`. */
export const TIMED_AUTOMATION_TRIGGERS = [
  "no_agent_reply",
  "pending_for",
] as const satisfies readonly AutomationTrigger[]
export type TimedAutomationTrigger = (typeof TIMED_AUTOMATION_TRIGGERS)[number]

export const isTimedTrigger = (
  trigger: string
): trigger is TimedAutomationTrigger =>
  (TIMED_AUTOMATION_TRIGGERS as readonly string[]).includes(trigger)

/** Bounds of `delay_minutes`: one minute to thirty days. */
export const AUTOMATION_DELAY_MINUTES = { min: 1, max: 43_200 } as const

export const AUTOMATION_OPERATORS = [
  "is",
  "is_not",
  "in",
  "contains",
  "not_contains",
  "gte",
  "lte",
] as const
export type AutomationOperator = (typeof AUTOMATION_OPERATORS)[number]

/**
 * What a field's value is:
 * - `id`: an id of `ref` (checked to exist when the rule is saved); `nullable` lets `is` /
 *   `is_not` take null ("unassigned");
 * - `enum`: one of `values`;
 * - `text`: free text (compared case- and diacritic-insensitively);
 * - `boolean`, `number`;
 * - `time`: "HH:MM", 24-hour.
 */
export type AutomationValueKind =
  | { kind: "id"; ref: AutomationIdRef; nullable?: boolean }
  | { kind: "enum"; values: readonly string[] }
  | { kind: "text" }
  | { kind: "boolean" }
  | { kind: "number" }
  | { kind: "time" }

export type AutomationIdRef = "channel" | "tag" | "user" | "team" | "inbox"

export type AutomationFieldDefinition = {
  operators: readonly AutomationOperator[]
  value: AutomationValueKind
  /** what the field reads, for the editor and the README */
  description: string
}

/** Medusa's order statuses, as `medusa_order_status` compares them. */
export const MEDUSA_ORDER_STATUSES = [
  "pending",
  "completed",
  "draft",
  "archived",
  "canceled",
  "requires_action",
] as const

const EQUALITY = ["is", "is_not", "in"] as const

/** Every condition field, with the operators that fit it and the value it takes. */
export const AUTOMATION_FIELDS = {
  channel_id: {
    operators: EQUALITY,
    value: { kind: "id", ref: "channel" },
    description: "the ticket's chat channel",
  },
  sentiment: {
    operators: EQUALITY,
    value: { kind: "enum", values: SENTIMENT_LABELS },
    description: "the ticket's sentiment",
  },
  sentiment_flag: {
    operators: ["contains", "not_contains"],
    value: { kind: "enum", values: SENTIMENT_FLAGS },
    description: "the ticket's sentiment flags",
  },
  context: {
    operators: EQUALITY,
    value: { kind: "enum", values: TOPIC_IDS },
    description: "the ticket's context (topic)",
  },
  status: {
    operators: EQUALITY,
    value: { kind: "enum", values: TICKET_STATUSES },
    description: "the ticket's status",
  },
  priority: {
    operators: [...EQUALITY, "gte", "lte"],
    value: { kind: "enum", values: TICKET_PRIORITIES },
    description: "the ticket's priority (low < normal < high < urgent)",
  },
  tag_id: {
    operators: ["contains", "not_contains"],
    value: { kind: "id", ref: "tag" },
    description: "the ticket's tags",
  },
  assignee_id: {
    operators: EQUALITY,
    value: { kind: "id", ref: "user", nullable: true },
    description: "the agent the ticket is assigned to (null: unassigned)",
  },
  team_id: {
    operators: EQUALITY,
    value: { kind: "id", ref: "team", nullable: true },
    description: "the ticket's team (null: none)",
  },
  inbox_id: {
    operators: EQUALITY,
    value: { kind: "id", ref: "inbox" },
    description: "the ticket's inbox",
  },
  subject: {
    operators: ["is", "is_not", "contains", "not_contains"],
    value: { kind: "text" },
    description: "the ticket's subject",
  },
  message_text: {
    operators: ["contains", "not_contains"],
    value: { kind: "text" },
    description:
      "the message that fired the rule, else the shopper's latest message; case and diacritics ignored",
  },
  customer_email: {
    operators: ["is", "is_not", "in", "contains", "not_contains"],
    value: { kind: "text" },
    description: "the shopper's e-mail",
  },
  email_domain: {
    operators: EQUALITY,
    value: { kind: "text" },
    description: 'the part of the shopper\'s e-mail after "@"',
  },
  language: {
    operators: EQUALITY,
    value: { kind: "enum", values: CLASSIFIER_LANGUAGES },
    description:
      "the language of the message (classifier), else the ticket's locale",
  },
  within_opening_hours: {
    operators: ["is"],
    value: { kind: "boolean" },
    description: "the channel is open now (its hours, holidays and timezone)",
  },
  weekday: {
    operators: EQUALITY,
    value: { kind: "enum", values: WEEKDAYS },
    description: "today, in the channel's timezone",
  },
  time_of_day: {
    operators: ["gte", "lte"],
    value: { kind: "time" },
    description: 'the time now, "HH:MM" in the channel\'s timezone',
  },
  is_first_customer_message: {
    operators: ["is"],
    value: { kind: "boolean" },
    description: "the message is the shopper's first on the ticket",
  },
  has_medusa_orders: {
    operators: ["is"],
    value: { kind: "boolean" },
    description: "the shopper has Medusa orders (by e-mail, customer or link)",
  },
  medusa_order_status: {
    operators: EQUALITY,
    value: { kind: "enum", values: MEDUSA_ORDER_STATUSES },
    description: "the status of the shopper's newest Medusa order",
  },
  medusa_order_total: {
    operators: ["gte", "lte"],
    value: { kind: "number" },
    description: "the total of the shopper's newest Medusa order",
  },
  has_baselinker_orders: {
    operators: ["is"],
    value: { kind: "boolean" },
    description: "the shopper has BaseLinker orders (by e-mail)",
  },
  baselinker_order_status: {
    operators: EQUALITY,
    value: { kind: "text" },
    description:
      "the status id of the shopper's newest BaseLinker order (from the account's statuses)",
  },
} as const satisfies Record<string, AutomationFieldDefinition>

export type AutomationField = keyof typeof AUTOMATION_FIELDS
export const AUTOMATION_FIELD_NAMES = Object.keys(
  AUTOMATION_FIELDS
) as AutomationField[]

/** Fields that need the shopper's orders, read only when a rule names one. */
export const AUTOMATION_ORDER_FIELDS: readonly AutomationField[] = [
  "has_medusa_orders",
  "medusa_order_status",
  "medusa_order_total",
  "has_baselinker_orders",
  "baselinker_order_status",
]

export type AutomationPredicateValue =
  string | number | boolean | null | string[]

export type AutomationPredicate = {
  field: AutomationField
  operator: AutomationOperator
  value: AutomationPredicateValue
}

export const AUTOMATION_MATCH_MODES = ["all", "any"] as const
export type AutomationMatchMode = (typeof AUTOMATION_MATCH_MODES)[number]

export type AutomationConditions = {
  match: AutomationMatchMode
  predicates: AutomationPredicate[]
}

/** An autoresponse: one text, or one per locale (the ticket's, else English, else any). */
export type AutomationText = string | { en?: string; pl?: string }

export const AUTOMATION_ACTION_TYPES = [
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
export type AutomationActionType = (typeof AUTOMATION_ACTION_TYPES)[number]

export type AutomationAction =
  | { type: "send_autoresponse"; body: AutomationText }
  | { type: "set_priority"; priority: (typeof TICKET_PRIORITIES)[number] }
  | { type: "set_status"; status: (typeof TICKET_STATUSES)[number] }
  | { type: "add_tag"; tag_id: string }
  | { type: "remove_tag"; tag_id: string }
  | { type: "assign_agent"; user_id: string | null }
  | { type: "assign_team"; team_id: string | null }
  | { type: "add_note"; body: string }
  | {
      type: "set_baselinker_order_status"
      status_id: string
      orders: "newest" | "all"
    }
  | { type: "send_email"; subject: string; body: string }

/** The fields each action takes besides `type`, for the editor. */
export const AUTOMATION_ACTIONS: Record<
  AutomationActionType,
  { fields: readonly string[]; description: string }
> = {
  send_autoresponse: {
    fields: ["body"],
    description:
      "a chat message to the shopper (author automation); body is a text or { en, pl }",
  },
  set_priority: { fields: ["priority"], description: "sets the priority" },
  set_status: { fields: ["status"], description: "sets the status" },
  add_tag: { fields: ["tag_id"], description: "adds a tag" },
  remove_tag: { fields: ["tag_id"], description: "removes a tag" },
  assign_agent: {
    fields: ["user_id"],
    description: "assigns the ticket to an agent (null: unassigns)",
  },
  assign_team: {
    fields: ["team_id"],
    description: "moves the ticket to a team (null: no team)",
  },
  add_note: { fields: ["body"], description: "an internal note for agents" },
  set_baselinker_order_status: {
    fields: ["status_id", "orders"],
    description:
      'sets the status of the shopper\'s newest BaseLinker order, or of all ("orders": "all")',
  },
  send_email: {
    fields: ["subject", "body"],
    description:
      "an e-mail to the ticket's customer_email through the Notification module",
  },
}

/** Variables the texts of send_autoresponse, add_note and send_email may hold. */
export const AUTOMATION_VARIABLES = [
  "customer.first_name",
  "customer.name",
  "ticket.number",
  "channel.name",
  "order.number",
  "order.status",
] as const
export type AutomationVariable = (typeof AUTOMATION_VARIABLES)[number]

/** The Notification module template `send_email` sends with; data: subject, body, ticket_id, ticket_number. */
export const AUTOMATION_EMAIL_TEMPLATE = "helpdesk-automation-email"

/** What happened to one action of a matched rule, as the run records it. */
export type AutomationActionOutcome = {
  type: AutomationActionType
  /** applied: done; unchanged: already so; skipped: not done on purpose; failed: see error */
  status: "applied" | "unchanged" | "skipped" | "failed"
  /** why it was skipped, or the error, or what it did */
  detail?: string
}

/** The answer of `POST /admin/helpdesk/automation-rules/:id/test`, per predicate. */
export type AutomationConditionResult = AutomationPredicate & {
  matched: boolean
  /** the ticket's value the predicate was compared with */
  actual: unknown
}
