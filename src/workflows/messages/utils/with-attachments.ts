import type {
  AppendMessageResult,
  StoredAttachment,
} from "../../../modules/helpdesk/service"

/** A stored message with the attachments the link step gave it (unchanged when it has none). */
export function withAttachments<T extends AppendMessageResult>(
  outcome: T,
  linked: Record<string, StoredAttachment[]> | undefined
): T {
  const attachments = linked?.[outcome.message.id]
  return attachments?.length
    ? { ...outcome, message: { ...outcome.message, attachments } }
    : outcome
}
