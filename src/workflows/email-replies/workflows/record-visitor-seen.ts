import {
  createWorkflow,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  recordVisitorSeenStep,
  type RecordVisitorSeenStepInput,
} from "../steps/record-visitor-seen"

export const recordVisitorSeenWorkflowId = "record-helpdesk-visitor-seen"
/**
 * This workflow records which messages shoppers' widgets hold: a reply a widget confirmed is
 * not e-mailed. The socket server gathers a second's confirmations into one run.
 *
 * @example
 * await recordVisitorSeenWorkflow(container).run({
 *   input: { marks: [{ ticket_id: "hdt_…", seq: 7 }] },
 * })
 */
export const recordVisitorSeenWorkflow = createWorkflow(
  recordVisitorSeenWorkflowId,
  (input: WorkflowData<RecordVisitorSeenStepInput>) => {
    return new WorkflowResponse(recordVisitorSeenStep(input))
  }
)
