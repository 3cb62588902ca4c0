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

// Every payload passes the shared text schema as a whole first (keys included).
export const VisitorSend = storable(
  z.strictObject({
    client_id: clientId,
    body: messageBody,
  })
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
  z.strictObject({
    ticket_id: ticketId,
    client_id: clientId,
    body: messageBody,
    kind: z.enum(["message", "note"]).optional(),
  })
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
