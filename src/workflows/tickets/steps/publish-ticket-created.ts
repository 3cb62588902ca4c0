import { createStep } from "@medusajs/framework/workflows-sdk"
import { resolveRealtimePublisher } from "../../../publisher/registry"
import { toWireTicket, type TicketRecord } from "../../../publisher/serialize"

export const publishTicketCreatedStepId = "publish-helpdesk-ticket-created"
/**
 * This step tells the agents of the ticket's channel that a ticket appeared. A push cannot be
 * taken back, so it has no compensation and runs last.
 */
export const publishTicketCreatedStep = createStep(
  publishTicketCreatedStepId,
  async ({ ticket }: { ticket: TicketRecord }, { container }) => {
    resolveRealtimePublisher(container).publishTicketCreated(
      await toWireTicket(container, ticket)
    )
  }
)
