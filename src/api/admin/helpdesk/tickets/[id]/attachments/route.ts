import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { respondWithUploadedAttachments } from "../../../../../utils/attachments"

/**
 * An agent's files for a reply or a note (multipart field `files`), checked by content and
 * stored through the File module → 201 `{ attachment, attachments }`.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  await respondWithUploadedAttachments(req, res, req.params.id, {
    type: "agent",
    id: req.auth_context.actor_id,
  })
}
