import { createStep } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import { resolveRealtimePublisher } from "../../../publisher/registry"
import {
  TICKET_RECORD_FIELDS,
  toWireConversation,
  toWireTicket,
  type TicketRecord,
} from "../../../publisher/serialize"

export const publishTicketUpdatedStepId = "publish-helpdesk-ticket-updated"
/**
 * This step pushes the current state of tickets to their agents and shoppers. A push cannot be
 * taken back, so it has no compensation and runs last.
 */
export const publishTicketUpdatedStep = createStep(
  publishTicketUpdatedStepId,
  async ({ ids }: { ids: string[] }, { container }) => {
    if (!ids.length) {
      return
    }
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const tickets = (await helpdesk.listHelpdeskTickets(
      { id: ids },
      { select: [...TICKET_RECORD_FIELDS] }
    )) as unknown as TicketRecord[]
    const publisher = resolveRealtimePublisher(container)
    for (const ticket of tickets) {
      publisher.publishTicketUpdated(
        await toWireTicket(container, ticket),
        await toWireConversation(container, ticket)
      )
    }
  }
)
