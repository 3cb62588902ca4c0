import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createHook,
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { HelpdeskContactEvents } from "../events"
import { createContactsStep } from "../steps/create-contacts"
import { validateContactEmailsStep } from "../steps/validate-contact-emails"
import type { CreateContactInput } from "../types"

export type CreateContactsWorkflowInput = { contacts: CreateContactInput[] }

export const createContactsWorkflowId = "create-helpdesk-contacts"
/**
 * This workflow creates contacts: known senders, with a note and a block switch. E-mails are
 * stored lower-cased and are unique.
 *
 * @example
 * const { result } = await createContactsWorkflow(container).run({
 *   input: { contacts: [{ email: "jan@example.com", name: "Jan", blocked: true }] },
 * })
 */
export const createContactsWorkflow = createWorkflow(
  createContactsWorkflowId,
  (input: WorkflowData<CreateContactsWorkflowInput>) => {
    const data = transform({ input }, ({ input }) => ({
      contacts: input.contacts.map((c) => ({
        ...c,
        email: c.email.trim().toLowerCase(),
      })),
    }))

    validateContactEmailsStep(data)

    const contacts = createContactsStep(data)

    const events = transform({ contacts }, ({ contacts }) =>
      contacts.map((c) => ({ id: c.id }))
    )
    emitEventStep({ eventName: HelpdeskContactEvents.CREATED, data: events })

    const contactsCreated = createHook("contactsCreated", { contacts })

    return new WorkflowResponse(contacts, { hooks: [contactsCreated] })
  }
)
