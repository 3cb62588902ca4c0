import { createStep } from "@medusajs/framework/workflows-sdk"
import { getRealtime } from "../../../realtime/server"
import { toWireTicket, type TicketRecord } from "../../../publisher/serialize"

export const publishTicketCreatedStepId = "publish-helpdesk-ticket-created"
/**
 * This step tells the agents of the ticket's channel that a ticket appeared. A push cannot be
 * taken back, so it has no compensation and runs last.
 */
export const publishTicketCreatedStep = createStep(
  publishTicketCreatedStepId,
  async ({ ticket }: { ticket: TicketRecord }, { container }) => {
    getRealtime(container).publishTicketCreated(
      await toWireTicket(container, ticket)
    )
  }
)
