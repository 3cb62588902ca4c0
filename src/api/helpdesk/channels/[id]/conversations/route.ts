import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ICustomerModuleService } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { HELPDESK_MODULE } from "../../../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../../../modules/helpdesk/service"
import {
  toWireConversation,
  toWireMessage,
} from "../../../../../publisher/serialize"
import { startConversationWorkflow } from "../../../../../workflows/tickets/workflows/start-conversation"
import type { StartConversationType } from "../../../validators"

type IdentityClaims = { cu: string; exp: number }

async function findCustomer(req: MedusaRequest, id: string) {
  const customers = await req.scope
    .resolve<ICustomerModuleService>(Modules.CUSTOMER)
    .listCustomers(
      { id },
      { select: ["id", "email", "first_name", "last_name"], take: 1 }
    )
  return customers[0] ?? null
}

export const POST = async (
  req: MedusaRequest<StartConversationType>,
  res: MedusaResponse
) => {
  const { website, identity_token, ...body } = req.validatedBody
  if (website) {
    // a bot filled the field people never see: accept quietly, keep nothing
    return res.status(202).json({})
  }

  const helpdesk = req.scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  let customerId: string | null = null
  let name = body.name
  let email = body.email
  if (identity_token) {
    const claims = helpdesk.verifyToken<IdentityClaims>(
      "identity",
      identity_token
    )
    const customer = claims ? await findCustomer(req, claims.cu) : null
    if (!customer) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "identity_token is invalid or has expired; ask POST /store/helpdesk/identity-token for a new one."
      )
    }
    customerId = customer.id
    // the customer's account speaks for who they are; the form only fills gaps
    email = customer.email ?? email
    name =
      [customer.first_name, customer.last_name].filter(Boolean).join(" ") ||
      name ||
      email
  }
  if (!email || !name) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "Field 'email' is required"
    )
  }

  const { result } = await startConversationWorkflow(req.scope).run({
    input: {
      channel_id: req.params.id,
      name,
      email,
      subject: body.subject,
      message: body.message,
      client_id: body.client_id,
      page_url: body.page_url ?? null,
      user_agent: req.headers["user-agent"]?.slice(0, 500) ?? null,
      locale: body.locale ?? null,
      customer_id: customerId,
    },
  })

  const visitorToken = helpdesk.issueToken("visitor", {
    t: result.ticket.id,
    c: result.ticket.channel_id,
    n: result.ticket.customer_name,
  })

  res.status(201).json({
    conversation: await toWireConversation(req.scope, result.ticket),
    messages: [await toWireMessage(req.scope, result.message)],
    visitor_token: visitorToken,
  })
}
