import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createHook,
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { HelpdeskContactEvents } from "../events"
import { deleteContactsStep } from "../steps/delete-contacts"
import { validateContactsExistStep } from "../steps/validate-contacts-exist"

export type DeleteContactsWorkflowInput = { ids: string[] }

export const deleteContactsWorkflowId = "delete-helpdesk-contacts"
/**
 * This workflow deletes contacts. Their tickets stay; a deleted contact is no longer blocked.
 *
 * @example
 * await deleteContactsWorkflow(container).run({ input: { ids: ["hdct_…"] } })
 */
export const deleteContactsWorkflow = createWorkflow(
  deleteContactsWorkflowId,
  (input: WorkflowData<DeleteContactsWorkflowInput>) => {
    validateContactsExistStep({ ids: input.ids })
    deleteContactsStep({ ids: input.ids })

    const events = transform({ input }, ({ input }) =>
      input.ids.map((id) => ({ id }))
    )
    emitEventStep({ eventName: HelpdeskContactEvents.DELETED, data: events })

    const contactsDeleted = createHook("contactsDeleted", { ids: input.ids })

    return new WorkflowResponse(input.ids, { hooks: [contactsDeleted] })
  }
)
