import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createHook,
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { updateAutomationRulesStep } from "../steps/update-automation-rules"
import { validateAutomationRuleStep } from "../steps/validate-automation-rule"
import {
  HelpdeskAutomationRuleEvents,
  type UpdateAutomationRuleInput,
} from "../types"

export type UpdateAutomationRuleWorkflowInput = {
  rule: UpdateAutomationRuleInput
  user_id: string
}

export const updateAutomationRuleWorkflowId = "update-helpdesk-automation-rule"
/**
 * This workflow changes an automation rule. The rule must be one the user may manage, and the
 * rule as it will be is checked as a new one is.
 *
 * @example
 * await updateAutomationRuleWorkflow(container).run({
 *   input: { user_id: "user_…", rule: { id: "hdar_…", enabled: false } },
 * })
 */
export const updateAutomationRuleWorkflow = createWorkflow(
  updateAutomationRuleWorkflowId,
  (input: WorkflowData<UpdateAutomationRuleWorkflowInput>) => {
    const checked = validateAutomationRuleStep(
      transform({ input }, ({ input }) => ({
        user_id: input.user_id,
        id: input.rule.id,
        rule: input.rule,
      }))
    )
    const rules = updateAutomationRulesStep(
      transform({ input, checked }, ({ input, checked }) => ({
        rules: [
          {
            ...input.rule,
            // a trigger without a delay drops the delay it had
            delay_minutes: checked.delay_minutes,
          },
        ],
      }))
    )
    emitEventStep({
      eventName: HelpdeskAutomationRuleEvents.UPDATED,
      data: transform({ input }, ({ input }) => ({ id: input.rule.id })),
    })
    const automationRuleUpdated = createHook("automationRuleUpdated", {
      rules,
    })
    return new WorkflowResponse(
      transform({ rules }, ({ rules }) => rules[0]),
      { hooks: [automationRuleUpdated] }
    )
  }
)
