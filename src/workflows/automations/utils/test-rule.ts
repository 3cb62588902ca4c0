import type { MedusaContainer } from "@medusajs/framework/types"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import type {
  AutomationAction,
  AutomationConditionResult,
  AutomationConditions,
} from "../../../types/automation"
import { ticketNotFound } from "../../tickets/utils/retrieve-ticket"
import { evaluateConditions, needsOrders } from "./evaluate"
import { loadAutomationFacts } from "./facts"
import { automationRuleNotFound } from "./rule-access"

export type AutomationRuleTestResult = {
  matched: boolean
  conditions: AutomationConditionResult[]
  actions: AutomationAction[]
}

/**
 * Evaluates a rule's conditions against a ticket as it is now (its shopper's latest message
 * standing in for the message that would fire it), and says which condition failed. Reads only.
 */
export async function testAutomationRule(
  container: MedusaContainer,
  ruleId: string,
  ticketId: string,
  now: Date = new Date()
): Promise<AutomationRuleTestResult> {
  const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const [rule] = await helpdesk.listHelpdeskAutomationRules(
    { id: ruleId },
    { select: ["id", "conditions", "actions"], take: 1 }
  )
  if (!rule) {
    throw automationRuleNotFound(ruleId)
  }
  const conditions = rule.conditions as unknown as AutomationConditions
  const loaded = await loadAutomationFacts(container, {
    ticket_id: ticketId,
    now,
    with_orders: needsOrders([conditions]),
  })
  if (!loaded) {
    throw ticketNotFound(ticketId)
  }
  const result = evaluateConditions(conditions, loaded.facts)
  return {
    matched: result.matched,
    conditions: result.conditions,
    actions: rule.actions as unknown as AutomationAction[],
  }
}
