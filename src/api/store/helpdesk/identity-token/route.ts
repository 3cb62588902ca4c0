import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { ICustomerModuleService } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { HELPDESK_MODULE } from "../../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../../modules/helpdesk/service"

const TOKEN_TTL_SECONDS = 10 * 60

/**
 * For a logged-in customer: a short-lived signed token the widget passes when it starts a
 * chat (`Helpdesk("identify", token)`), so the ticket is tied to the Medusa customer. Its
 * claims are readable by the widget: the customer id (whose a saved conversation is), the name
 * the pre-chat form shows instead of asking for it, and the expiry.
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
  const [customer] = await req.scope
    .resolve<ICustomerModuleService>(Modules.CUSTOMER)
    .listCustomers(
      { id: customerId },
      { select: ["email", "first_name", "last_name"], take: 1 }
    )
  if (!customer) {
    throw new MedusaError(
      MedusaError.Types.UNAUTHORIZED,
      "Log in as a customer to get an identity token for the chat."
    )
  }
  // the name the ticket will carry (see POST /helpdesk/channels/:id/conversations)
  const name =
    [customer.first_name, customer.last_name].filter(Boolean).join(" ") ||
    customer.email
  const helpdesk = req.scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const expiresAt = Math.floor(Date.now() / 1000) + TOKEN_TTL_SECONDS
  res.json({
    token: helpdesk.issueToken("identity", {
      cu: customerId,
      n: name,
      exp: expiresAt,
    }),
    expires_at: new Date(expiresAt * 1000).toISOString(),
  })
}
