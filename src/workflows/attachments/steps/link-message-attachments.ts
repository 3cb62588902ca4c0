import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import {
  linkAttachments,
  type LinkedAttachments,
  type MessageAttachmentLink,
} from "../utils/message-attachments"

export type { MessageAttachmentLink }

export type LinkMessageAttachmentsStepInput = { links: MessageAttachmentLink[] }

/** Each message's attachments by message id, in the order the sender named them. */
export type LinkMessageAttachmentsStepOutput = LinkedAttachments

export const linkMessageAttachmentsStepId = "link-helpdesk-message-attachments"
/**
 * This step gives new messages the attachments they name (each attachment once, in one
 * transaction) and reads those of resent ones. Compensation takes the attachments off the
 * messages again, so they can be sent with the next try. Messages without attachments cost
 * nothing here: no query runs for them.
 */
export const linkMessageAttachmentsStep = createStep(
  linkMessageAttachmentsStepId,
  async ({ links }: LinkMessageAttachmentsStepInput, { container }) => {
    const { linked, claimedIds } = await linkAttachments(
      container.resolve<HelpdeskModuleService>(HELPDESK_MODULE),
      links
    )
    return new StepResponse(linked, claimedIds)
  },
  async (claimedIds, { container }) => {
    if (!claimedIds?.length) {
      return
    }
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    await helpdesk.releaseAttachments(claimedIds)
  }
)
