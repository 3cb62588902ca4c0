import { MedusaError } from "@medusajs/framework/utils"
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

/** Each message's attachments by message id, in the order the sender named them. */
export type LinkedAttachments = Record<string, StoredAttachment[]>

/**
 * Fails with "not allowed" when a message names an attachment of another conversation or
 * uploader, or one another message already carries, and with "invalid data" when it names
 * more files than a message carries. Messages without attachments cost nothing: no query
 * runs for them.
 */
export async function assertAttachmentsUsable(
  helpdesk: HelpdeskModuleService,
  sends: AttachmentClaim[]
): Promise<void> {
  const named = sends.filter((s) => s.attachment_ids.length)
  if (!named.length) {
    return
  }
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

/**
 * Gives new messages the attachments they name (each attachment once, in one transaction) and
 * reads those of resent ones; answers them by message id with the ids it claimed, which
 * `releaseAttachments` gives back. Messages without attachments cost nothing.
 */
export async function linkAttachments(
  helpdesk: HelpdeskModuleService,
  links: MessageAttachmentLink[]
): Promise<{ linked: LinkedAttachments; claimedIds: string[] }> {
  const named = links.filter((l) => l.attachment_ids.length)
  if (!named.length) {
    return { linked: {}, claimedIds: [] }
  }
  const claimed = await helpdesk.claimAttachments(named.filter((l) => l.created))
  const resent = await helpdesk.listMessageAttachments(
    named.filter((l) => !l.created).map((l) => l.message_id)
  )
  const linked: LinkedAttachments = {}
  for (const [messageId, attachments] of [...claimed, ...resent]) {
    linked[messageId] = attachments
  }
  return { linked, claimedIds: [...claimed.values()].flat().map((a) => a.id) }
}
