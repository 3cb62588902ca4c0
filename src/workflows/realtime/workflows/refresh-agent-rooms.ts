import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { refreshAgentRoomsStep } from "../steps/refresh-agent-rooms"

export const refreshAgentRoomsWorkflowId = "refresh-helpdesk-agent-rooms"
/**
 * This workflow moves connected agents into the live rooms of the channels they may work,
 * and out of the others; it runs whenever a channel or its agent list changes.
 *
 * @example
 * await refreshAgentRoomsWorkflow(container).run({ input: {} })
 */
export const refreshAgentRoomsWorkflow = createWorkflow(
  refreshAgentRoomsWorkflowId,
  () => {
    refreshAgentRoomsStep({})
    return new WorkflowResponse(undefined)
  }
)
