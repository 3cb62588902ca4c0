import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { HELPDESK_MODULE } from "../../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../../modules/helpdesk/service"

const TOKEN_TTL_SECONDS = 10 * 60

/**
 * For a logged-in customer: a short-lived signed token the widget passes when it starts a
 * chat (`Helpdesk("identify", token)`), so the ticket is tied to the Medusa customer.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const customerId = req.auth_context?.actor_id
  if (!customerId || req.auth_context.actor_type !== "customer") {
    throw new MedusaError(
      MedusaError.Types.UNAUTHORIZED,
      "Log in as a customer to get an identity token for the chat."
    )
  }
  const helpdesk = req.scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const expiresAt = Math.floor(Date.now() / 1000) + TOKEN_TTL_SECONDS
  res.json({
    token: helpdesk.issueToken("identity", { cu: customerId, exp: expiresAt }),
    expires_at: new Date(expiresAt * 1000).toISOString(),
  })
}
