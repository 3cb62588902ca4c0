import type {
  AutomationAction,
  AutomationConditions,
  AutomationTrigger,
} from "../../types/automation"

export type CreateAutomationRuleInput = {
  name: string
  enabled?: boolean
  trigger: AutomationTrigger
  delay_minutes?: number | null
  conditions: AutomationConditions
  actions: AutomationAction[]
  stop_processing?: boolean
}

export type UpdateAutomationRuleInput = Partial<CreateAutomationRuleInput> & {
  id: string
}

/** Events the rule workflows emit; payload is `{ id }`. */
export const HelpdeskAutomationRuleEvents = {
  CREATED: "helpdesk.automation_rule.created",
  UPDATED: "helpdesk.automation_rule.updated",
  DELETED: "helpdesk.automation_rule.deleted",
} as const
