import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createHook,
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { HelpdeskInboxEvents } from "../events"
import { deleteInboxesStep } from "../steps/delete-inboxes"
import { validateInboxesExistStep } from "../steps/validate-inboxes-exist"
import { validateInboxesUnusedStep } from "../steps/validate-inboxes-unused"

export type DeleteInboxesWorkflowInput = { ids: string[] }

export const deleteInboxesWorkflowId = "delete-helpdesk-inboxes"
/**
 * This workflow deletes inboxes no chat channel routes to. Their tickets stay, outside any inbox.
 *
 * @example
 * await deleteInboxesWorkflow(container).run({ input: { ids: ["hdib_…"] } })
 */
export const deleteInboxesWorkflow = createWorkflow(
  deleteInboxesWorkflowId,
  (input: WorkflowData<DeleteInboxesWorkflowInput>) => {
    validateInboxesExistStep({ ids: input.ids })
    validateInboxesUnusedStep({ ids: input.ids })
    deleteInboxesStep({ ids: input.ids })

    const events = transform({ input }, ({ input }) =>
      input.ids.map((id) => ({ id }))
    )
    emitEventStep({ eventName: HelpdeskInboxEvents.DELETED, data: events })

    const inboxesDeleted = createHook("inboxesDeleted", { ids: input.ids })

    return new WorkflowResponse(input.ids, { hooks: [inboxesDeleted] })
  }
)
