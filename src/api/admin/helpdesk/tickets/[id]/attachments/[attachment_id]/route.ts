import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { HELPDESK_MODULE } from "../../../../../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../../../../../modules/helpdesk/service"
import { ticketNotFound } from "../../../../../../../workflows/tickets/utils/retrieve-ticket"
import {
  attachmentNotFound,
  streamAttachment,
} from "../../../../../../utils/attachments"

/** An attachment of a ticket the agent may work, streamed from the File module. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const helpdesk = req.scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  if (
    !(await helpdesk.canAccessTicket(req.auth_context.actor_id, req.params.id))
  ) {
    throw ticketNotFound(req.params.id)
  }
  const attachment = await helpdesk.retrieveReadableAttachment(
    req.params.id,
    req.params.attachment_id,
    "agent"
  )
  if (!attachment) {
    throw attachmentNotFound(req.params.attachment_id)
  }
  await streamAttachment(req, res, attachment)
}
