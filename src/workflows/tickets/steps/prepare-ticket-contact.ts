import type { InferTypeOf } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type { Contact } from "../../../modules/helpdesk/models"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import { actorName, retrieveTicketOrNotFound } from "../utils/retrieve-ticket"
import { systemLines } from "../utils/system-lines"

export type TicketContact = InferTypeOf<typeof Contact>

export type PrepareTicketContactStepOutput = {
  ticket: { id: string; channel_id: string | null }
  /** the contact already holding the ticket's e-mail, if any */
  existing: TicketContact | null
  /** the contact to create when there is none */
  data: { email: string; name: string | null }
  note_body: string
}

export const prepareTicketContactStepId = "prepare-helpdesk-ticket-contact"
/**
 * This step finds the contact for a ticket's sender, or describes the one to create. It
 * changes nothing itself.
 */
export const prepareTicketContactStep = createStep(
  prepareTicketContactStepId,
  async (
    { ticket_id, user_id }: { ticket_id: string; user_id: string },
    { container }
  ) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const ticket = await retrieveTicketOrNotFound(container, ticket_id, [
      "id",
      "channel_id",
      "customer_email",
      "customer_name",
    ])

    const email = ticket.customer_email.trim().toLowerCase()
    const [existing] = await helpdesk.listHelpdeskContacts(
      { email },
      { take: 1 }
    )
    const actor = await actorName(container, user_id)
    const output: PrepareTicketContactStepOutput = {
      ticket: { id: ticket.id, channel_id: ticket.channel_id },
      existing: (existing as TicketContact | undefined) ?? null,
      data: { email, name: ticket.customer_name ?? null },
      note_body: systemLines.contactAdded(actor, email),
    }
    return new StepResponse(output)
  }
)
