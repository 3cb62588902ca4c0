import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createHook,
  createStep,
  createWorkflow,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { deleteAutomationRulesStep } from "../steps/delete-automation-rules"
import { assertRuleManageable } from "../utils/rule-access"
import { HelpdeskAutomationRuleEvents } from "../types"

export type DeleteAutomationRuleWorkflowInput = { id: string; user_id: string }

export const validateAutomationRuleManageableStepId =
  "validate-helpdesk-automation-rule-manageable"
/**
 * This step fails with "not found" unless the rule exists and the user may manage it.
 */
export const validateAutomationRuleManageableStep = createStep(
  validateAutomationRuleManageableStepId,
  async (input: DeleteAutomationRuleWorkflowInput, { container }) => {
    await assertRuleManageable(container, input.user_id, input.id)
  }
)

export const deleteAutomationRuleWorkflowId = "delete-helpdesk-automation-rule"
/**
 * This workflow deletes an automation rule the user may manage. Its runs stay in the tickets'
 * logs with the rule's name.
 *
 * @example
 * await deleteAutomationRuleWorkflow(container).run({ input: { id: "hdar_…", user_id: "user_…" } })
 */
export const deleteAutomationRuleWorkflow = createWorkflow(
  deleteAutomationRuleWorkflowId,
  (input: WorkflowData<DeleteAutomationRuleWorkflowInput>) => {
    validateAutomationRuleManageableStep(input)
    deleteAutomationRulesStep({ ids: [input.id] })
    emitEventStep({
      eventName: HelpdeskAutomationRuleEvents.DELETED,
      data: { id: input.id },
    })
    const automationRuleDeleted = createHook("automationRuleDeleted", {
      id: input.id,
    })
    return new WorkflowResponse(input.id, { hooks: [automationRuleDeleted] })
  }
)
