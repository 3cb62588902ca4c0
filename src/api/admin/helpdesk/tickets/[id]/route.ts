import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { updateTicketWorkflow } from "../../../../../workflows/tickets/workflows/update-ticket"
import { assertTicketAccess, refetchTicket } from "../helpers"
import type { AdminUpdateTicketType } from "../validators"

/** The ticket with what the detail view shows. Reading does not open the ticket. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  await assertTicketAccess(req.scope, req.auth_context.actor_id, req.params.id)
  const ticket = await refetchTicket(
    req.params.id,
    req.scope,
    req.queryConfig.fields
  )
  res.json({ ticket })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateTicketType>,
  res: MedusaResponse
) => {
  await updateTicketWorkflow(req.scope).run({
    input: {
      ...req.validatedBody,
      id: req.params.id,
      user_id: req.auth_context.actor_id,
    },
  })

  const ticket = await refetchTicket(
    req.params.id,
    req.scope,
    req.queryConfig.fields
  )
  res.json({ ticket })
}
