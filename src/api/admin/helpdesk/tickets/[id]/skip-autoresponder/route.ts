import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { setSkipAutoresponderWorkflow } from "../../../../../../workflows/tickets/workflows/set-skip-autoresponder"
import { refetchTicket } from "../../helpers"
import type { AdminSkipAutoresponderType } from "../../validators"

/** Sets (default) or clears "skip the next autoresponse" on the ticket. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminSkipAutoresponderType>,
  res: MedusaResponse
) => {
  await setSkipAutoresponderWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      user_id: req.auth_context.actor_id,
      skip: req.validatedBody.skip ?? true,
    },
  })

  const ticket = await refetchTicket(
    req.params.id,
    req.scope,
    req.queryConfig.fields
  )
  res.json({ ticket })
}
