import {
  createWorkflow,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  refreshBaselinkerCachesStep,
  type RefreshBaselinkerCachesStepInput,
} from "../steps/refresh-baselinker-caches"

export const refreshBaselinkerCachesWorkflowId =
  "refresh-helpdesk-baselinker-caches"
/**
 * This workflow refreshes expired BaseLinker caches of new and open tickets' shoppers, within
 * the request budget, so agents find the orders current when they open a ticket.
 *
 * @example
 * await refreshBaselinkerCachesWorkflow(container).run({ input: { limit: 15 } })
 */
export const refreshBaselinkerCachesWorkflow = createWorkflow(
  refreshBaselinkerCachesWorkflowId,
  (input: WorkflowData<RefreshBaselinkerCachesStepInput>) => {
    return new WorkflowResponse(refreshBaselinkerCachesStep(input))
  }
)
