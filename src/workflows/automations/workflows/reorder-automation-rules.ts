import {
  createHook,
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { prepareAutomationRulesOrderStep } from "../steps/prepare-automation-rules-order"
import { updateAutomationRulesStep } from "../steps/update-automation-rules"

export type ReorderAutomationRulesWorkflowInput = {
  /** every rule the user may manage, in the order they should run */
  ids: string[]
  user_id: string
}

export const reorderAutomationRulesWorkflowId =
  "reorder-helpdesk-automation-rules"
/**
 * This workflow sets the order in which automation rules run.
 *
 * @example
 * await reorderAutomationRulesWorkflow(container).run({
 *   input: { user_id: "user_…", ids: ["hdar_2", "hdar_1"] },
 * })
 */
export const reorderAutomationRulesWorkflow = createWorkflow(
  reorderAutomationRulesWorkflowId,
  (input: WorkflowData<ReorderAutomationRulesWorkflowInput>) => {
    const plan = prepareAutomationRulesOrderStep(input)
    updateAutomationRulesStep(
      transform({ plan }, ({ plan }) => ({ rules: plan.positions }))
    )
    const automationRulesReordered = createHook("automationRulesReordered", {
      ids: input.ids,
    })
    return new WorkflowResponse(input.ids, {
      hooks: [automationRulesReordered],
    })
  }
)
