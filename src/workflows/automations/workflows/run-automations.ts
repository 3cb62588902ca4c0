import {
  createHook,
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { applyAutomationActionsStep } from "../steps/apply-automation-actions"
import { claimAutomationRunsStep } from "../steps/claim-automation-runs"
import {
  prepareAutomationRunsStep,
  type AutomationEvent,
} from "../steps/prepare-automation-runs"

export type RunAutomationsWorkflowInput = {
  ticket_id: string
  event: AutomationEvent
  /** ISO instant the conditions are read at (the scheduled job's); now when absent */
  now?: string
}

export const runAutomationsWorkflowId = "run-helpdesk-automations"
/**
 * This workflow runs the automation rules an event fires on a ticket: it evaluates the
 * enabled rules of the event's triggers in position order, records each matched rule as a run
 * (once per event: a retried event applies nothing twice), then applies their actions in
 * order. It runs from subscribers and the scheduled job, never on the chat's send path.
 *
 * @example
 * await runAutomationsWorkflow(container).run({
 *   input: { ticket_id: "hdt_…", event: { type: "message_classified", message_id: "hdm_…" } },
 * })
 */
export const runAutomationsWorkflow = createWorkflow(
  runAutomationsWorkflowId,
  (input: WorkflowData<RunAutomationsWorkflowInput>) => {
    const plan = prepareAutomationRunsStep(input)
    const claimed = claimAutomationRunsStep(plan)
    const applied = applyAutomationActionsStep(
      transform({ plan, claimed }, ({ plan, claimed }) => ({
        ticket: plan.ticket,
        last_message_author: plan.last_message_author,
        runs: claimed,
      }))
    )
    const automationsRan = createHook("automationsRan", {
      ticket_id: input.ticket_id,
      runs: applied,
    })
    return new WorkflowResponse(applied, { hooks: [automationsRan] })
  }
)
