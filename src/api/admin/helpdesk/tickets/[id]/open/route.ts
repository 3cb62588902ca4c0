import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { HELPDESK_MODULE } from "../../../../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../../../../modules/helpdesk/service"
import { openTicketWorkflow } from "../../../../../../workflows/tickets/workflows/open-ticket"

/** The agent opens the ticket: assigned to them if nobody has it, and the shopper told so. */
export const POST = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  await openTicketWorkflow(req.scope).run({
    input: { ticket_id: req.params.id, user_id: req.auth_context.actor_id },
  })

  const helpdesk = req.scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const ticket = await helpdesk.retrieveHelpdeskTicket(req.params.id)
  res.json({ ticket })
}
