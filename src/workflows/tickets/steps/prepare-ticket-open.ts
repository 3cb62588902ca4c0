import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { actorName, retrieveTicketOrNotFound } from "../utils/retrieve-ticket"
import type { UpdateTicketData } from "./update-tickets"

const JOINED: Record<string, (name: string) => string> = {
  en: (name) => `${name} joined the chat`,
  pl: (name) => `${name} dołączył(a) do czatu`,
}

export type PrepareTicketOpenStepOutput = {
  ticket: { id: string; channel_id: string | null }
  /** the change opening makes, or none when the ticket is already someone's */
  updates: UpdateTicketData[]
  /** the transcript line telling the shopper who joined, when the agent takes the ticket */
  joined_body: string | null
}

export const prepareTicketOpenStepId = "prepare-helpdesk-ticket-open"
/**
 * This step decides what opening a ticket changes: an unassigned ticket goes to the agent who
 * opens it, and a new one becomes open. It changes nothing itself.
 */
export const prepareTicketOpenStep = createStep(
  prepareTicketOpenStepId,
  async (
    { ticket_id, user_id }: { ticket_id: string; user_id: string },
    { container }
  ) => {
    const ticket = await retrieveTicketOrNotFound(container, ticket_id, [
      "id",
      "channel_id",
      "status",
      "assignee_id",
      "locale",
    ])

    const update: UpdateTicketData = { id: ticket.id }
    let joinedBody: string | null = null
    if (!ticket.assignee_id) {
      update.assignee_id = user_id
      const name = await actorName(container, user_id)
      joinedBody = (JOINED[ticket.locale ?? "en"] ?? JOINED.en)(name)
    }
    if (ticket.status === "new") {
      update.status = "open"
    }

    const output: PrepareTicketOpenStepOutput = {
      ticket: { id: ticket.id, channel_id: ticket.channel_id },
      updates: Object.keys(update).length > 1 ? [update] : [],
      joined_body: joinedBody,
    }
    return new StepResponse(output)
  }
)
