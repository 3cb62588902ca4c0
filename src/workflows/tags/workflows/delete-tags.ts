import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createHook,
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { HelpdeskTagEvents } from "../events"
import { deleteTagsStep } from "../steps/delete-tags"
import { validateTagsExistStep } from "../steps/validate-tags-exist"

export type DeleteTagsWorkflowInput = { ids: string[] }

export const deleteTagsWorkflowId = "delete-helpdesk-tags"
/**
 * This workflow deletes tags and takes them off the tickets that had them.
 *
 * @example
 * await deleteTagsWorkflow(container).run({ input: { ids: ["hdtg_…"] } })
 */
export const deleteTagsWorkflow = createWorkflow(
  deleteTagsWorkflowId,
  (input: WorkflowData<DeleteTagsWorkflowInput>) => {
    validateTagsExistStep({ ids: input.ids })
    deleteTagsStep({ ids: input.ids })

    const events = transform({ input }, ({ input }) =>
      input.ids.map((id) => ({ id }))
    )
    emitEventStep({ eventName: HelpdeskTagEvents.DELETED, data: events })

    const tagsDeleted = createHook("tagsDeleted", { ids: input.ids })

    return new WorkflowResponse(input.ids, { hooks: [tagsDeleted] })
  }
)
