import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createHook,
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { HelpdeskEvents } from "../../../types/events"
import { deleteChannelsStep } from "../steps/delete-channels"
import { validateChannelsExistStep } from "../steps/validate-channels-exist"

export type DeleteChannelsWorkflowInput = {
  ids: string[]
  /** the acting user, who must be allowed to change every channel named */
  user_id?: string
}

export const deleteChannelsWorkflowId = "delete-helpdesk-channels"
/**
 * This workflow deletes chat channels. Their tickets stay; the embed code stops working.
 *
 * @example
 * await deleteChannelsWorkflow(container).run({ input: { ids: ["hdch_…"] } })
 */
export const deleteChannelsWorkflow = createWorkflow(
  deleteChannelsWorkflowId,
  (input: WorkflowData<DeleteChannelsWorkflowInput>) => {
    validateChannelsExistStep({ ids: input.ids, user_id: input.user_id })
    deleteChannelsStep({ ids: input.ids })

    const events = transform({ input }, ({ input }) =>
      input.ids.map((id) => ({ id }))
    )
    emitEventStep({ eventName: HelpdeskEvents.CHANNEL_DELETED, data: events })

    const channelsDeleted = createHook("channelsDeleted", { ids: input.ids })

    return new WorkflowResponse(input.ids, { hooks: [channelsDeleted] })
  }
)
