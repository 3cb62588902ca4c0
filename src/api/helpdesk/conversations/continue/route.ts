import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { HELPDESK_MODULE } from "../../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../../modules/helpdesk/service"
import {
  replayMessages,
  TICKET_RECORD_FIELDS,
  toWireConversation,
  type TicketRecord,
} from "../../../../publisher/serialize"
import { isOriginAllowed } from "../../../../utils/channel-origins"
import type { ContinueConversationType } from "../../validators"

type ContinueClaims = { t: string; exp: number }

const notFound = (res: MedusaResponse) =>
  res.status(404).json({
    type: "not_found",
    message:
      "This link to the conversation has expired or is not valid. Open the chat to start a new one.",
  })

/**
 * The link in an e-mailed reply (`#hd=<token>` on the store's page): exchanges its signed token
 * for the conversation and a visitor token, the same as starting a chat answers, so the widget
 * on this device goes on with the conversation.
 */
export const POST = async (
  req: MedusaRequest<ContinueConversationType>,
  res: MedusaResponse
) => {
  const helpdesk = req.scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const claims = helpdesk.verifyToken<ContinueClaims>(
    "continue",
    req.validatedBody.token
  )
  if (!claims || typeof claims.t !== "string") {
    return notFound(res)
  }
  const [ticket] = (await helpdesk.listHelpdeskTickets(
    { id: claims.t },
    { select: [...TICKET_RECORD_FIELDS], take: 1 }
  )) as unknown as TicketRecord[]
  if (!ticket) {
    return notFound(res)
  }
  // the link opens the conversation only on its channel's store
  if (
    ticket.channel_id &&
    !(await isOriginAllowed(req.scope, ticket.channel_id, req.headers.origin))
  ) {
    return res.status(403).json({
      type: "not_allowed",
      message:
        "This website is not allowed to use this chat. Add it as the channel's store URL.",
    })
  }

  res.json({
    conversation: await toWireConversation(req.scope, ticket),
    messages: await replayMessages(req.scope, ticket.id, 0),
    visitor_token: helpdesk.issueToken("visitor", {
      t: ticket.id,
      c: ticket.channel_id,
      n: ticket.customer_name,
    }),
  })
}
