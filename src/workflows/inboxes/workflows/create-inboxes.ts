import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createHook,
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { HelpdeskInboxEvents } from "../events"
import { createInboxesStep } from "../steps/create-inboxes"
import type { CreateInboxInput } from "../types"

export type CreateInboxesWorkflowInput = { inboxes: CreateInboxInput[] }

export const createInboxesWorkflowId = "create-helpdesk-inboxes"
/**
 * This workflow creates inboxes: queues tickets sit in. A chat channel routes its new tickets to one.
 *
 * @example
 * const { result } = await createInboxesWorkflow(container).run({
 *   input: { inboxes: [{ name: "Returns" }] },
 * })
 */
export const createInboxesWorkflow = createWorkflow(
  createInboxesWorkflowId,
  (input: WorkflowData<CreateInboxesWorkflowInput>) => {
    const inboxes = createInboxesStep({ inboxes: input.inboxes })

    const events = transform({ inboxes }, ({ inboxes }) =>
      inboxes.map((t) => ({ id: t.id }))
    )
    emitEventStep({ eventName: HelpdeskInboxEvents.CREATED, data: events })

    const inboxesCreated = createHook("inboxesCreated", { inboxes })

    return new WorkflowResponse(inboxes, { hooks: [inboxesCreated] })
  }
)
