import {
  createHook,
  createWorkflow,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { appendMessageStep } from "../../messages/steps/append-message"
import { publishMessagesStep } from "../../messages/steps/publish-messages"
import { createTicketContactStep } from "../steps/create-ticket-contact"
import { prepareTicketContactStep } from "../steps/prepare-ticket-contact"
import { validateTicketAccessStep } from "../steps/validate-ticket-access"

export type AddTicketSenderToContactsWorkflowInput = {
  id: string
  user_id: string
}

export const addTicketSenderToContactsWorkflowId =
  "add-helpdesk-ticket-sender-to-contacts"
/**
 * This workflow adds a ticket's sender (e-mail and name) to the contacts. A sender who is
 * already a contact is returned as stored, and nothing is written.
 *
 * @example
 * const { result } = await addTicketSenderToContactsWorkflow(container).run({
 *   input: { id: "hdt_…", user_id: "user_…" },
 * })
 */
export const addTicketSenderToContactsWorkflow = createWorkflow(
  addTicketSenderToContactsWorkflowId,
  (input: WorkflowData<AddTicketSenderToContactsWorkflowInput>) => {
    validateTicketAccessStep({ ticket_id: input.id, user_id: input.user_id })

    const plan = prepareTicketContactStep({
      ticket_id: input.id,
      user_id: input.user_id,
    })

    const created = when(
      "contact-missing",
      { plan },
      ({ plan }) => !plan.existing
    ).then(() => {
      const contact = createTicketContactStep(
        transform({ plan }, ({ plan }) => plan.data)
      )
      const note = appendMessageStep(
        transform({ plan, input }, ({ plan, input }) => ({
          ticket_id: plan.ticket.id,
          author_type: "system" as const,
          author_id: input.user_id,
          kind: "note" as const,
          body: plan.note_body,
        }))
      )
      return { contact, note }
    })

    const contact = transform(
      { plan, created },
      ({ plan, created }) => plan.existing ?? created!.contact
    )

    const ticketSenderAddedToContacts = createHook(
      "ticketSenderAddedToContacts",
      { ticket_id: input.id, contact }
    )

    when("contact-created", { plan }, ({ plan }) => !plan.existing).then(() => {
      publishMessagesStep(
        transform({ plan, created }, ({ plan, created }) => ({
          messages: created
            ? [{ ticket: plan.ticket, message: created.note.message }]
            : [],
        }))
      )
    })

    return new WorkflowResponse(
      transform({ contact, plan }, ({ contact, plan }) => ({
        contact,
        created: !plan.existing,
      })),
      { hooks: [ticketSenderAddedToContacts] }
    )
  }
)
