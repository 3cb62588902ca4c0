import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { actorName, retrieveTicketOrNotFound } from "../utils/retrieve-ticket"
import { systemLines } from "../utils/system-lines"
import type { UpdateTicketData } from "./update-tickets"

export type PrepareSkipAutoresponderStepOutput = {
  ticket: { id: string; channel_id: string | null }
  /** the change, or null when the flag already has the wanted value */
  update: UpdateTicketData | null
  note_body: string
}

export const prepareSkipAutoresponderStepId =
  "prepare-helpdesk-skip-autoresponder"
/**
 * This step decides whether setting "skip the next autoresponse" changes the ticket. It
 * changes nothing itself.
 */
export const prepareSkipAutoresponderStep = createStep(
  prepareSkipAutoresponderStepId,
  async (
    {
      ticket_id,
      user_id,
      skip,
    }: { ticket_id: string; user_id: string; skip: boolean },
    { container }
  ) => {
    const ticket = await retrieveTicketOrNotFound(container, ticket_id, [
      "id",
      "channel_id",
      "skip_next_autoresponder",
    ])

    const actor = await actorName(container, user_id)
    const output: PrepareSkipAutoresponderStepOutput = {
      ticket: { id: ticket.id, channel_id: ticket.channel_id },
      update:
        ticket.skip_next_autoresponder === skip
          ? null
          : { id: ticket.id, skip_next_autoresponder: skip },
      note_body: systemLines.skipAutoresponder(actor, skip),
    }
    return new StepResponse(output)
  }
)
