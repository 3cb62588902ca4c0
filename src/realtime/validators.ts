import { z } from "@medusajs/framework/zod"
import { MAX_MESSAGE_LENGTH } from "../types/ticket"

export const clientId = z.string().trim().min(1).max(100)
export const messageBody = z
  .string()
  .trim()
  .min(1, { message: "The message is empty." })
  .max(MAX_MESSAGE_LENGTH, {
    message: `The message is longer than ${MAX_MESSAGE_LENGTH} characters.`,
  })

export const VisitorSend = z.strictObject({
  client_id: clientId,
  body: messageBody,
})
export const VisitorReplay = z.strictObject({
  after_seq: z.number().int().min(0),
})
export const VisitorTyping = z.strictObject({ typing: z.boolean() })

export const AgentSend = z.strictObject({
  ticket_id: z.string().min(1),
  client_id: clientId,
  body: messageBody,
  kind: z.enum(["message", "note"]).optional(),
})
export const AgentReplay = z.strictObject({
  ticket_id: z.string().min(1),
  after_seq: z.number().int().min(0),
})
export const AgentTyping = z.strictObject({
  ticket_id: z.string().min(1),
  typing: z.boolean(),
})
export const AgentWatch = z.strictObject({ ticket_id: z.string().min(1) })

/** The first problem with a payload, as a sentence for the client. */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0]
  const field = issue.path.join(".")
  return field && !issue.message.includes(field)
    ? `${field}: ${issue.message}`
    : issue.message
}
