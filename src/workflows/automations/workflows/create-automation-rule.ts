import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createHook,
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { createAutomationRulesStep } from "../steps/create-automation-rules"
import { validateAutomationRuleStep } from "../steps/validate-automation-rule"
import {
  type CreateAutomationRuleInput,
  HelpdeskAutomationRuleEvents,
} from "../types"

export type CreateAutomationRuleWorkflowInput = {
  rule: CreateAutomationRuleInput
  /** the acting user: decides which channels the rule may name */
  user_id: string
}

export const createAutomationRuleWorkflowId = "create-helpdesk-automation-rule"
/**
 * This workflow creates an automation rule after the existing ones, once every id, status and
 * variable in it has been checked.
 *
 * @example
 * const { result } = await createAutomationRuleWorkflow(container).run({
 *   input: {
 *     user_id: "user_…",
 *     rule: {
 *       name: "Negative on the PL shop",
 *       trigger: "ticket_created",
 *       conditions: { match: "all", predicates: [{ field: "sentiment", operator: "is", value: "negative" }] },
 *       actions: [{ type: "set_priority", priority: "urgent" }],
 *     },
 *   },
 * })
 */
export const createAutomationRuleWorkflow = createWorkflow(
  createAutomationRuleWorkflowId,
  (input: WorkflowData<CreateAutomationRuleWorkflowInput>) => {
    validateAutomationRuleStep(
      transform({ input }, ({ input }) => ({
        user_id: input.user_id,
        rule: input.rule,
      }))
    )
    const rules = createAutomationRulesStep(
      transform({ input }, ({ input }) => ({ rules: [input.rule] }))
    )
    const rule = transform({ rules }, ({ rules }) => rules[0])
    emitEventStep({
      eventName: HelpdeskAutomationRuleEvents.CREATED,
      data: transform({ rule }, ({ rule }) => ({ id: rule.id })),
    })
    const automationRuleCreated = createHook("automationRuleCreated", { rule })
    return new WorkflowResponse(rule, { hooks: [automationRuleCreated] })
  }
)
