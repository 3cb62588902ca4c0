import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import type { AttachmentClaim } from "../../../modules/helpdesk/service"

export type ValidateMessageAttachmentsStepInput = { sends: AttachmentClaim[] }

export const validateMessageAttachmentsStepId =
  "validate-helpdesk-message-attachments"
/**
 * This step fails with "not allowed" when a message names an attachment of another
 * conversation or uploader, or one another message already carries. Messages without
 * attachments cost nothing here: no query runs for them.
 */
export const validateMessageAttachmentsStep = createStep(
  validateMessageAttachmentsStepId,
  async ({ sends }: ValidateMessageAttachmentsStepInput, { container }) => {
    const named = sends.filter((s) => s.attachment_ids.length)
    if (!named.length) {
      return
    }
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const tooMany = helpdesk.getMaxAttachmentsPerMessage()
    if (named.some((s) => new Set(s.attachment_ids).size > tooMany)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `A message carries at most ${tooMany} files.`
      )
    }
    const problem = await helpdesk.findUnusableAttachments(named)
    if (problem) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, problem)
    }
  }
)
