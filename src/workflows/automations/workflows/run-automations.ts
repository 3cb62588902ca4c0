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
  type AutomationEventInput,
} from "../steps/prepare-automation-runs"

export type RunAutomationsWorkflowInput = {
  /** events on tickets, at most one per ticket: a ticket's events run one after the other */
  events: AutomationEventInput[]
}

export const runAutomationsWorkflowId = "run-helpdesk-automations"
/**
 * This workflow runs the automation rules events fire on their tickets: for each event it
 * evaluates the enabled rules of the event's triggers in position order, records each matched
 * rule as a run (once per event: a retried event applies nothing twice), then applies their
 * actions in order. The events of many tickets share one run; the tickets, messages and rules
 * are read once for all of them. It runs from subscribers and the scheduled job, never on the
 * chat's send path.
 *
 * @example
 * await runAutomationsWorkflow(container).run({
 *   input: {
 *     events: [
 *       { ticket_id: "hdt_…", event: { type: "message_classified", message_id: "hdm_…" } },
 *     ],
 *   },
 * })
 */
export const runAutomationsWorkflow = createWorkflow(
  runAutomationsWorkflowId,
  (input: WorkflowData<RunAutomationsWorkflowInput>) => {
    const plan = prepareAutomationRunsStep(input)
    const claimed = claimAutomationRunsStep(plan)
    const applied = applyAutomationActionsStep(
      transform({ claimed }, ({ claimed }) => ({ tickets: claimed }))
    )
    const automationsRan = createHook("automationsRan", { runs: applied })
    return new WorkflowResponse(applied, { hooks: [automationsRan] })
  }
)
