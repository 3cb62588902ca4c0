import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createHook,
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { HelpdeskTagEvents } from "../events"
import { createTagsStep } from "../steps/create-tags"
import { validateTagNamesStep } from "../steps/validate-tag-names"
import type { CreateTagInput } from "../types"

export type CreateTagsWorkflowInput = { tags: CreateTagInput[] }

export const createTagsWorkflowId = "create-helpdesk-tags"
/**
 * This workflow creates tags agents put on tickets. Tag names are unique, regardless of case.
 *
 * @example
 * const { result } = await createTagsWorkflow(container).run({
 *   input: { tags: [{ name: "VIP", color: "#d97706" }] },
 * })
 */
export const createTagsWorkflow = createWorkflow(
  createTagsWorkflowId,
  (input: WorkflowData<CreateTagsWorkflowInput>) => {
    validateTagNamesStep({ tags: input.tags })

    const tags = createTagsStep({ tags: input.tags })

    const events = transform({ tags }, ({ tags }) =>
      tags.map((t) => ({ id: t.id }))
    )
    emitEventStep({ eventName: HelpdeskTagEvents.CREATED, data: events })

    const tagsCreated = createHook("tagsCreated", { tags })

    return new WorkflowResponse(tags, { hooks: [tagsCreated] })
  }
)
