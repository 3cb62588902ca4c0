import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { closeTicketWorkflow } from "../../../../../../workflows/tickets/workflows/close-ticket"
import { refetchTicket } from "../../helpers"

/** Closes the ticket and tells the shopper; closing a closed ticket changes nothing. */
export const POST = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  await closeTicketWorkflow(req.scope).run({
    input: { id: req.params.id, user_id: req.auth_context.actor_id },
  })

  const ticket = await refetchTicket(
    req.params.id,
    req.scope,
    req.queryConfig.fields
  )
  res.json({ ticket })
}
