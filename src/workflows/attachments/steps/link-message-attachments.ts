import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import type {
  AttachmentClaim,
  StoredAttachment,
} from "../../../modules/helpdesk/service"

export type MessageAttachmentLink = AttachmentClaim & {
  message_id: string
  /** whether the message was stored by this send; a resend's message has its files already */
  created: boolean
}

export type LinkMessageAttachmentsStepInput = { links: MessageAttachmentLink[] }

/** Each message's attachments by message id, in the order the sender named them. */
export type LinkMessageAttachmentsStepOutput = Record<
  string,
  StoredAttachment[]
>

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
    const named = links.filter((l) => l.attachment_ids.length)
    if (!named.length) {
      return new StepResponse({} as LinkMessageAttachmentsStepOutput, [])
    }
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const claimed = await helpdesk.claimAttachments(
      named.filter((l) => l.created)
    )
    const resent = await helpdesk.listMessageAttachments(
      named.filter((l) => !l.created).map((l) => l.message_id)
    )
    const output: LinkMessageAttachmentsStepOutput = {}
    for (const [messageId, attachments] of [...claimed, ...resent]) {
      output[messageId] = attachments
    }
    return new StepResponse(
      output,
      [...claimed.values()].flat().map((a) => a.id)
    )
  },
  async (claimedIds, { container }) => {
    if (!claimedIds?.length) {
      return
    }
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    await helpdesk.releaseAttachments(claimedIds)
  }
)
