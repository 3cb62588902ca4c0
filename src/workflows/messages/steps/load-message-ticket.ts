import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export const loadMessageTicketStepId = "load-helpdesk-message-ticket"
/**
 * This step reads the ticket a message goes to, failing with "not found" when there is none.
 */
export const loadMessageTicketStep = createStep(
  loadMessageTicketStepId,
  async ({ ticket_id }: { ticket_id: string }, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const [ticket] = await helpdesk.listHelpdeskTickets(
      { id: ticket_id },
      { select: ["id", "channel_id"], take: 1 }
    )
    if (!ticket) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Ticket "${ticket_id}" was not found.`
      )
    }
    return new StepResponse({ id: ticket.id, channel_id: ticket.channel_id })
  }
)
