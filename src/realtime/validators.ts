import { z } from "@medusajs/framework/zod"
import { MAX_MESSAGE_LENGTH } from "../types/ticket"
import { storable, storableText } from "../utils/storable-text"

/** `seq` is a 32-bit integer column: a larger `after_seq` cannot be compared with it. */
export const MAX_SEQ = 2_147_483_647
export const afterSeq = z
  .number({ message: "after_seq must be a whole number." })
  .int({ message: "after_seq must be a whole number." })
  .min(0, { message: "after_seq must be at least 0." })
  .max(MAX_SEQ, { message: `after_seq must be at most ${MAX_SEQ}.` })

const ticketId = storableText().min(1).max(200)

export const clientId = storableText().trim().min(1).max(100)
export const messageBody = storableText()
  .trim()
  .min(1, { message: "The message is empty." })
  .max(MAX_MESSAGE_LENGTH, {
    message: `The message is longer than ${MAX_MESSAGE_LENGTH} characters.`,
  })

/** Uploaded files a message carries; how many a message may carry is an option checked later. */
export const attachmentIds = z
  .array(storableText().min(1).max(100), {
    message: "attachment_ids must be a list of attachment ids.",
  })
  .max(50, { message: "A message carries at most 50 attachments." })
  .optional()

/** A body that may be empty when the message carries attachments (a photo on its own). */
const optionalBody = storableText()
  .trim()
  .max(MAX_MESSAGE_LENGTH, {
    message: `The message is longer than ${MAX_MESSAGE_LENGTH} characters.`,
  })

/** Refuses a message that has neither text nor attachments. */
export function requireBodyOrAttachments(
  message: { body: string; attachment_ids?: string[] },
  ctx: z.RefinementCtx
): void {
  if (!message.body && !message.attachment_ids?.length) {
    ctx.addIssue({
      code: "custom",
      path: ["body"],
      message: "The message is empty.",
    })
  }
}

/** The fields of a message send: a body, and attachments which make an empty body fine. */
export const messageContent = {
  body: optionalBody,
  attachment_ids: attachmentIds,
}

// Every payload passes the shared text schema as a whole first (keys included).
export const VisitorSend = storable(
  z
    .strictObject({
      client_id: clientId,
      ...messageContent,
    })
    .superRefine(requireBodyOrAttachments)
)
export const VisitorReplay = storable(z.strictObject({ after_seq: afterSeq }))
export const VisitorTyping = storable(z.strictObject({ typing: z.boolean() }))
export const VisitorSeen = storable(
  z.strictObject({
    seq: z
      .number({ message: "seq must be a whole number." })
      .int({ message: "seq must be a whole number." })
      .min(1, { message: "seq must be at least 1." })
      .max(MAX_SEQ, { message: `seq must be at most ${MAX_SEQ}.` }),
  })
)

export const AgentSend = storable(
  z
    .strictObject({
      ticket_id: ticketId,
      client_id: clientId,
      ...messageContent,
      kind: z.enum(["message", "note"]).optional(),
    })
    .superRefine(requireBodyOrAttachments)
)
export const AgentReplay = storable(
  z.strictObject({
    ticket_id: ticketId,
    after_seq: afterSeq,
  })
)
export const AgentTyping = storable(
  z.strictObject({
    ticket_id: ticketId,
    typing: z.boolean(),
  })
)
export const AgentWatch = storable(z.strictObject({ ticket_id: ticketId }))

/** The first problem with a payload, as a sentence for the client. */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0]
  const field = issue.path.join(".")
  return field && !issue.message.includes(field)
    ? `${field}: ${issue.message}`
    : issue.message
}
