import type { MedusaResponse } from "@medusajs/framework/http"
import { respondWithUploadedAttachments } from "../../../../utils/attachments"
import type { VisitorRequest } from "../../../middlewares"

/**
 * The shopper's files (multipart field `files`), checked by content, stored through the File
 * module → 201 `{ attachment, attachments }`. A message sent next names them in
 * `attachment_ids`.
 */
export const POST = async (req: VisitorRequest, res: MedusaResponse) => {
  await respondWithUploadedAttachments(req, res, req.params.id, {
    type: "customer",
    id: null,
  })
}
