import type { MedusaResponse } from "@medusajs/framework/http"
import { HELPDESK_MODULE } from "../../../../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../../../../modules/helpdesk/service"
import {
  attachmentNotFound,
  streamAttachment,
} from "../../../../../utils/attachments"
import type { VisitorRequest } from "../../../../middlewares"

/**
 * An attachment of the shopper's conversation, streamed from the File module: files of the
 * messages they can see and their own uploads. Anything else is "not found".
 */
export const GET = async (req: VisitorRequest, res: MedusaResponse) => {
  const helpdesk = req.scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const attachment = await helpdesk.retrieveReadableAttachment(
    req.params.id,
    req.params.attachment_id,
    "customer"
  )
  if (!attachment) {
    throw attachmentNotFound(req.params.attachment_id)
  }
  await streamAttachment(req, res, attachment)
}
