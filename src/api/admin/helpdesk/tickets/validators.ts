import { z } from "@medusajs/framework/zod"
import { clientId, messageBody } from "../../../../realtime/validators"

export const AdminPostTicketMessage = z.strictObject({
  body: messageBody,
  kind: z.enum(["message", "note"]).optional(),
  client_id: clientId.optional(),
})
export type AdminPostTicketMessageType = z.infer<typeof AdminPostTicketMessage>

export const AdminGetTicketMessages = z.object({
  after_seq: z.preprocess(
    (value) => (value === undefined ? 0 : Number(value)),
    z.number().int().min(0)
  ),
})
export type AdminGetTicketMessagesType = z.infer<typeof AdminGetTicketMessages>
