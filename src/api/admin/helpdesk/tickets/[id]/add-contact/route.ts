import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { addTicketSenderToContactsWorkflow } from "../../../../../../workflows/tickets/workflows/add-ticket-sender-to-contacts"
import { refetchTicket } from "../../helpers"

/** Adds the ticket's sender to the contacts; an existing contact comes back unchanged. */
export const POST = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const { result } = await addTicketSenderToContactsWorkflow(req.scope).run({
    input: { id: req.params.id, user_id: req.auth_context.actor_id },
  })

  const ticket = await refetchTicket(
    req.params.id,
    req.scope,
    req.queryConfig.fields
  )
  res.json({ contact: result.contact, ticket })
}
