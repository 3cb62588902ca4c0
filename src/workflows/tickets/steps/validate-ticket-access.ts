import { createStep } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import { ticketNotFound } from "../utils/retrieve-ticket"

export type ValidateTicketAccessStepInput = {
  ticket_id: string
  user_id: string
}

export const validateTicketAccessStepId = "validate-helpdesk-ticket-access"
/**
 * This step fails with "not found" when the user may not work the ticket's channel, so a
 * ticket outside one's channels is indistinguishable from one that does not exist.
 */
export const validateTicketAccessStep = createStep(
  validateTicketAccessStepId,
  async (
    { ticket_id, user_id }: ValidateTicketAccessStepInput,
    { container }
  ) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    if (!(await helpdesk.canAccessTicket(user_id, ticket_id))) {
      throw ticketNotFound(ticket_id)
    }
  }
)
