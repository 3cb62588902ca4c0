import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createHook,
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { HelpdeskInboxEvents } from "../events"
import { updateInboxesStep } from "../steps/update-inboxes"
import { validateInboxesExistStep } from "../steps/validate-inboxes-exist"
import type { UpdateInboxInput } from "../types"

export type UpdateInboxesWorkflowInput = { inboxes: UpdateInboxInput[] }

export const updateInboxesWorkflowId = "update-helpdesk-inboxes"
/**
 * This workflow renames inboxes.
 *
 * @example
 * await updateInboxesWorkflow(container).run({
 *   input: { inboxes: [{ id: "hdib_…", name: "Returns" }] },
 * })
 */
export const updateInboxesWorkflow = createWorkflow(
  updateInboxesWorkflowId,
  (input: WorkflowData<UpdateInboxesWorkflowInput>) => {
    const ids = transform({ input }, ({ input }) =>
      input.inboxes.map((t) => t.id)
    )

    validateInboxesExistStep({ ids })

    const inboxes = updateInboxesStep({ inboxes: input.inboxes })

    const events = transform({ ids }, ({ ids }) => ids.map((id) => ({ id })))
    emitEventStep({ eventName: HelpdeskInboxEvents.UPDATED, data: events })

    const inboxesUpdated = createHook("inboxesUpdated", { inboxes })

    return new WorkflowResponse(inboxes, { hooks: [inboxesUpdated] })
  }
)
