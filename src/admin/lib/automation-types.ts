import {
  AUTOMATION_ACTION_TYPES,
  AUTOMATION_FIELD_NAMES,
  AUTOMATION_FIELDS,
  AUTOMATION_OPERATORS,
  AUTOMATION_TRIGGERS,
  AUTOMATION_VARIABLES,
  type AutomationAction,
  type AutomationActionOutcome,
  type AutomationActionType,
  type AutomationConditions,
  type AutomationField,
  type AutomationOperator,
  type AutomationPredicate,
  type AutomationTrigger,
  type AutomationValueKind,
  type AutomationVariable,
} from "../../types/automation"
import type { ClassifierLanguage, TopicId } from "../../types/classification"
import type { Weekday } from "../../types/channel"
import type { ListResponse } from "./settings-types"
import { translatedLabels } from "./locale"

// What a rule is made of, as the automation-rules routes take and answer it.

export const RULE_TRIGGERS = AUTOMATION_TRIGGERS
export type RuleTrigger = AutomationTrigger

export const TRIGGER_LABELS: Record<RuleTrigger, string> = {
  ticket_created: "helpdesk.triggers.ticket_created",
  customer_message: "helpdesk.triggers.customer_message",
  agent_message: "helpdesk.triggers.agent_message",
  ticket_updated: "helpdesk.triggers.ticket_updated",
  no_agent_reply: "helpdesk.triggers.no_agent_reply",
  pending_for: "helpdesk.triggers.pending_for",
}

/** Time-based triggers: the unit their delay is entered in; it is sent as `delay_minutes`. */
export const DELAY_UNITS: Partial<Record<RuleTrigger, "minutes" | "hours">> = {
  no_agent_reply: "minutes",
  pending_for: "hours",
}

export const RULE_OPERATORS = AUTOMATION_OPERATORS
export type RuleOperator = AutomationOperator

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
  /** `is` / `is not` may compare with nobody (null). */
  nullable?: boolean
  /** For `enum` fields: the values and their names. */
  options?: { value: string; label: string }[]
}

const capitalised = (values: readonly string[]) =>
  values.map((value) => ({
    value,
    label: (value.charAt(0).toUpperCase() + value.slice(1)).replace(/_/g, " "),
  }))

const TOPIC_LABELS: Record<TopicId, string> = translatedLabels({
  order_status: "helpdesk.automations.orderStatus",
  shipping_delivery: "helpdesk.automations.shippingDelivery",
  order_change_cancel: "helpdesk.automations.orderChangeOrCancel",
  return: "helpdesk.automations.return",
  refund: "helpdesk.automations.refund",
  complaint_damaged: "helpdesk.automations.complaintDamaged",
  payment_invoice: "helpdesk.automations.paymentInvoice",
  product_question: "helpdesk.automations.productQuestion",
  discount: "helpdesk.automations.discount",
  feedback_thanks: "helpdesk.automations.feedbackThanks",
  other: "helpdesk.automations.other",
})

const LANGUAGE_LABELS: Record<ClassifierLanguage, string> = translatedLabels({
  en: "helpdesk.automations.english",
  pl: "helpdesk.automations.polish",
})

export const WEEKDAYS = [
  "mon",
  "tue",
  "wed",
  "thu",
  "fri",
  "sat",
  "sun",
] as const
const WEEKDAY_LABELS: Record<Weekday, string> = translatedLabels({
  mon: "helpdesk.automations.monday",
  tue: "helpdesk.automations.tuesday",
  wed: "helpdesk.automations.wednesday",
  thu: "helpdesk.automations.thursday",
  fri: "helpdesk.automations.friday",
  sat: "helpdesk.automations.saturday",
  sun: "helpdesk.automations.sunday",
})

const ENUM_LABELS: Partial<Record<AutomationField, Record<string, string>>> = {
  context: TOPIC_LABELS,
  language: LANGUAGE_LABELS,
  weekday: WEEKDAY_LABELS,
}

const FIELD_LABELS: Record<AutomationField, string> = translatedLabels({
  channel_id: "helpdesk.automations.chatChannel",
  sentiment: "helpdesk.automations.sentiment",
  sentiment_flag: "helpdesk.automations.sentimentFlags",
  context: "helpdesk.automations.contextTopic",
  status: "helpdesk.automations.status",
  priority: "helpdesk.automations.priority",
  tag_id: "helpdesk.automations.tags",
  assignee_id: "helpdesk.automations.assignedAgent",
  team_id: "helpdesk.automations.team",
  inbox_id: "helpdesk.automations.inbox",
  subject: "helpdesk.automations.subject",
  message_text: "helpdesk.automations.messageText",
  customer_email: "helpdesk.automations.customerEMail",
  email_domain: "E-mail domain",
  language: "helpdesk.automations.language",
  within_opening_hours: "helpdesk.automations.withinOpeningHours",
  weekday: "helpdesk.automations.weekday",
  time_of_day: "helpdesk.automations.timeOfDay",
  is_first_customer_message: "helpdesk.automations.firstMessageOfThe",
  has_medusa_orders: "helpdesk.automations.hasMedusaOrders",
  medusa_order_status: "helpdesk.automations.medusaOrderStatus",
  medusa_order_total: "helpdesk.automations.medusaOrderTotal",
  has_baselinker_orders: "helpdesk.automations.hasBaselinkerOrders",
  baselinker_order_status: "helpdesk.automations.baselinkerOrderStatus",
})

/** Stands for null in a select: "unassigned", "no team". */
export const NULL_VALUE = "__null"

const fieldDefinitionOf = (field: AutomationField): RuleFieldDefinition => {
  const label = FIELD_LABELS[field]
  const value: AutomationValueKind = AUTOMATION_FIELDS[field].value
  switch (value.kind) {
    case "id":
      return {
        label,
        kind: value.ref,
        nullable: "nullable" in value && !!value.nullable,
      }
    case "enum": {
      const names = ENUM_LABELS[field]
      return {
        label,
        kind: "enum",
        options: names
          ? value.values.map((v) => ({ value: v, label: names[v] ?? v }))
          : capitalised(value.values),
      }
    }
    case "text":
      // compared as text, picked from the account's statuses
      return field === "baselinker_order_status"
        ? { label, kind: "baselinker_status" }
        : { label, kind: "text" }
    default:
      return { label, kind: value.kind }
  }
}

export const RULE_FIELD_IDS = AUTOMATION_FIELD_NAMES
export type RuleField = AutomationField

export const fieldDefinition = (field: string): RuleFieldDefinition =>
  field in AUTOMATION_FIELDS
    ? fieldDefinitionOf(field as AutomationField)
    : { label: field, kind: "text" }

/** The operators the server takes for the field. */
export const operatorsOf = (field: string): RuleOperator[] =>
  field in AUTOMATION_FIELDS
    ? [...AUTOMATION_FIELDS[field as AutomationField].operators]
    : ["is"]

export const OPERATOR_LABELS: Record<RuleOperator, string> = translatedLabels({
  is: "helpdesk.operators.is",
  is_not: "helpdesk.operators.is_not",
  in: "helpdesk.operators.in",
  contains: "helpdesk.operators.contains",
  not_contains: "helpdesk.operators.not_contains",
  gte: "helpdesk.operators.gte",
  lte: "helpdesk.operators.lte",
})

export const RULE_ACTION_TYPES = AUTOMATION_ACTION_TYPES
export type RuleActionType = AutomationActionType

export const ACTION_LABELS: Record<RuleActionType, string> = {
  send_autoresponse: "helpdesk.actions.send_autoresponse",
  set_priority: "helpdesk.actions.set_priority",
  set_status: "helpdesk.actions.set_status",
  add_tag: "helpdesk.actions.add_tag",
  remove_tag: "helpdesk.actions.remove_tag",
  assign_agent: "helpdesk.actions.assign_agent",
  assign_team: "helpdesk.actions.assign_team",
  add_note: "helpdesk.actions.add_note",
  set_baselinker_order_status: "helpdesk.actions.set_baselinker_order_status",
  send_email: "helpdesk.actions.send_email",
}

const VARIABLE_LABELS: Record<AutomationVariable, string> = translatedLabels({
  "customer.first_name": "helpdesk.automations.customerSFirstName",
  "customer.name": "helpdesk.automations.customerSName",
  "ticket.number": "helpdesk.automations.ticketNumber",
  "channel.name": "helpdesk.automations.chatChannel",
  "order.number": "helpdesk.automations.orderNumber",
  "order.status": "helpdesk.automations.orderStatus",
})

/** What an autoresponse, note or e-mail may name; each is replaced when it is sent. */
export const TEMPLATE_VARIABLES = AUTOMATION_VARIABLES.map((name) => ({
  token: `{${name}}`,
  label: VARIABLE_LABELS[name],
}))

export type RulePredicate = AutomationPredicate
export type RuleConditions = AutomationConditions
export type RuleAction = AutomationAction
export type { AutomationActionOutcome }

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
  actions_applied: AutomationActionOutcome[] | null
  error: string | null
  created_at: string
}

export type AdminAutomationRunsResponse = {
  automation_runs: AdminAutomationRun[]
}
