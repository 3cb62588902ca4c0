import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { actorName, retrieveTicketOrNotFound } from "../utils/retrieve-ticket"
import { closedForShopper, systemLines } from "../utils/system-lines"
import type { UpdateTicketData } from "./update-tickets"

export type PrepareTicketCloseStepOutput = {
  ticket: { id: string; channel_id: string | null }
  /** the change closing makes, or null when the ticket is already closed */
  update: UpdateTicketData | null
  /** the internal line naming the agent */
  note_body: string
  /** the line the shopper sees, in the ticket's language */
  event_body: string
}

export const prepareTicketCloseStepId = "prepare-helpdesk-ticket-close"
/**
 * This step decides what closing a ticket changes; closing a closed ticket changes nothing.
 * It changes nothing itself.
 */
export const prepareTicketCloseStep = createStep(
  prepareTicketCloseStepId,
  async (
    { ticket_id, user_id }: { ticket_id: string; user_id: string },
    { container }
  ) => {
    const ticket = await retrieveTicketOrNotFound(container, ticket_id, [
      "id",
      "channel_id",
      "status",
      "locale",
    ])

    const actor = await actorName(container, user_id)
    const output: PrepareTicketCloseStepOutput = {
      ticket: { id: ticket.id, channel_id: ticket.channel_id },
      update:
        ticket.status === "closed"
          ? null
          : { id: ticket.id, status: "closed", closed_at: new Date() },
      note_body: systemLines.closed(actor),
      event_body: closedForShopper(ticket.locale),
    }
    return new StepResponse(output)
  }
)
