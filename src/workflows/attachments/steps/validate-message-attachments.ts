import { createStep } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import type { AttachmentClaim } from "../../../modules/helpdesk/service"
import { assertAttachmentsUsable } from "../utils/message-attachments"

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
    await assertAttachmentsUsable(
      container.resolve<HelpdeskModuleService>(HELPDESK_MODULE),
      sends
    )
  }
)
