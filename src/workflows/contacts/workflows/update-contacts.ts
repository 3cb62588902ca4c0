import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createHook,
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { HelpdeskContactEvents } from "../events"
import { updateContactsStep } from "../steps/update-contacts"
import { validateContactEmailsStep } from "../steps/validate-contact-emails"
import { validateContactsExistStep } from "../steps/validate-contacts-exist"
import type { UpdateContactInput } from "../types"

export type UpdateContactsWorkflowInput = { contacts: UpdateContactInput[] }

export const updateContactsWorkflowId = "update-helpdesk-contacts"
/**
 * This workflow updates contacts, e.g. to block or unblock a sender.
 *
 * @example
 * await updateContactsWorkflow(container).run({
 *   input: { contacts: [{ id: "hdct_…", blocked: true }] },
 * })
 */
export const updateContactsWorkflow = createWorkflow(
  updateContactsWorkflowId,
  (input: WorkflowData<UpdateContactsWorkflowInput>) => {
    const data = transform({ input }, ({ input }) => ({
      contacts: input.contacts.map((c) =>
        c.email === undefined
          ? c
          : { ...c, email: c.email.trim().toLowerCase() }
      ),
    }))
    const ids = transform({ input }, ({ input }) =>
      input.contacts.map((c) => c.id)
    )

    validateContactsExistStep({ ids })
    validateContactEmailsStep(data)

    const contacts = updateContactsStep(data)

    const events = transform({ ids }, ({ ids }) => ids.map((id) => ({ id })))
    emitEventStep({ eventName: HelpdeskContactEvents.UPDATED, data: events })

    const contactsUpdated = createHook("contactsUpdated", { contacts })

    return new WorkflowResponse(contacts, { hooks: [contactsUpdated] })
  }
)
