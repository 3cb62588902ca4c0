import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { HELPDESK_MODULE } from "../../../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../../../modules/helpdesk/service"
import { toWireConversation, toWireMessage } from "../../../../../realtime/serialize"
import { startConversationWorkflow } from "../../../../../workflows/tickets/workflows/start-conversation"
import type { StartConversationType } from "../../../validators"


type IdentityClaims = { cu: string; exp: number }

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
  if (identity_token) {
    const claims = helpdesk.verifyToken<IdentityClaims>("identity", identity_token)
    if (!claims) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "identity_token is invalid or has expired; ask POST /store/helpdesk/identity-token for a new one."
      )
    }
    customerId = claims.cu
  }

  const { result } = await startConversationWorkflow(req.scope).run({
    input: {
      channel_id: req.params.id,
      name: body.name,
      email: body.email,
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
