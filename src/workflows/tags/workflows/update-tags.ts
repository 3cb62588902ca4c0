import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createHook,
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { HelpdeskTagEvents } from "../events"
import { updateTagsStep } from "../steps/update-tags"
import { validateTagNamesStep } from "../steps/validate-tag-names"
import { validateTagsExistStep } from "../steps/validate-tags-exist"
import type { UpdateTagInput } from "../types"

export type UpdateTagsWorkflowInput = { tags: UpdateTagInput[] }

export const updateTagsWorkflowId = "update-helpdesk-tags"
/**
 * This workflow renames or recolours tags. Tickets keep their tags.
 *
 * @example
 * await updateTagsWorkflow(container).run({
 *   input: { tags: [{ id: "hdtg_…", color: "#16a34a" }] },
 * })
 */
export const updateTagsWorkflow = createWorkflow(
  updateTagsWorkflowId,
  (input: WorkflowData<UpdateTagsWorkflowInput>) => {
    const ids = transform({ input }, ({ input }) => input.tags.map((t) => t.id))

    validateTagsExistStep({ ids })
    validateTagNamesStep({ tags: input.tags })

    const tags = updateTagsStep({ tags: input.tags })

    const events = transform({ ids }, ({ ids }) => ids.map((id) => ({ id })))
    emitEventStep({ eventName: HelpdeskTagEvents.UPDATED, data: events })

    const tagsUpdated = createHook("tagsUpdated", { tags })

    return new WorkflowResponse(tags, { hooks: [tagsUpdated] })
  }
)
