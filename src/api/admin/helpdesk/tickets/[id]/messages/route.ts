import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { randomUUID } from "node:crypto"
import { HELPDESK_MODULE } from "../../../../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../../../../modules/helpdesk/service"
import {
  forAgents,
  replayMessages,
  toWireMessage,
} from "../../../../../../publisher/serialize"
import { sendMessageWorkflow } from "../../../../../../workflows/messages/workflows/send-message"
import { ticketNotFound } from "../../../../../../workflows/tickets/utils/retrieve-ticket"
import type {
  AdminGetTicketMessagesType,
  AdminPostTicketMessageType,
} from "../../validators"

/** The transcript after `after_seq`, internal notes included, ordered by seq. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const { after_seq } = req.validatedQuery as AdminGetTicketMessagesType
  const helpdesk = req.scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  if (
    !(await helpdesk.canAccessTicket(req.auth_context.actor_id, req.params.id))
  ) {
    throw ticketNotFound(req.params.id)
  }
  res.json({
    messages: (
      await replayMessages(req.scope, req.params.id, after_seq, {
        includeNotes: true,
        limit: 1000,
      })
    ).map(forAgents),
  })
}

/** A reply to the shopper, or an internal note (kind "note") only agents see. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminPostTicketMessageType>,
  res: MedusaResponse
) => {
  const { body, kind, client_id, attachment_ids } = req.validatedBody
  const { result } = await sendMessageWorkflow(req.scope).run({
    input: {
      ticket_id: req.params.id,
      client_id: client_id ?? randomUUID(),
      body,
      attachment_ids,
      kind: kind ?? "message",
      author_type: "agent",
      author_id: req.auth_context.actor_id,
    },
  })
  res.status(result.created ? 201 : 200).json({
    message: forAgents(await toWireMessage(req.scope, result.message)),
  })
}
