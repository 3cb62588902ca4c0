import { z } from "@medusajs/framework/zod"
import {
  afterSeq,
  clientId,
  messageBody,
  messageContent,
  requireBodyOrAttachments,
} from "../../realtime/validators"
import { CHANNEL_LOCALES } from "../../types/channel"

export const StartConversation = z
  .strictObject({
    // both may be left out when an identity token names the customer
    name: z.string().trim().min(1).max(200).optional(),
    email: z
      .string()
      .trim()
      .toLowerCase()
      .pipe(
        z.email({
          message:
            "email must be a valid e-mail address, like jan@example.com.",
        })
      )
      .optional(),
    subject: z.string().trim().min(1).max(200),
    message: messageBody,
    client_id: clientId,
    page_url: z.string().max(2000).nullish(),
    locale: z.enum(CHANNEL_LOCALES).nullish(),
    identity_token: z.string().max(4096).nullish(),
    // A field humans never see: a bot that fills it is dropped without notice.
    website: z.string().max(2000).optional(),
  })
  .superRefine((body, ctx) => {
    if (body.identity_token) {
      return
    }
    for (const field of ["name", "email"] as const) {
      if (!body[field]) {
        ctx.addIssue({
          code: "custom",
          path: [field],
          message: `Field '${field}' is required`,
        })
      }
    }
  })
export type StartConversationType = z.infer<typeof StartConversation>

export const PostVisitorMessage = z
  .strictObject({
    client_id: clientId,
    ...messageContent,
  })
  .superRefine(requireBodyOrAttachments)
export type PostVisitorMessageType = z.infer<typeof PostVisitorMessage>

export const GetVisitorMessages = z.object({
  after_seq: z.preprocess(
    (value) => (value === undefined ? 0 : Number(value)),
    afterSeq
  ),
})
export type GetVisitorMessagesType = z.infer<typeof GetVisitorMessages>

export const ContinueConversation = z.strictObject({
  token: z
    .string({ message: "token must be the text after #hd= in the link." })
    .trim()
    .min(1, { message: "token must be the text after #hd= in the link." })
    .max(2048, { message: "token is longer than any link gives." }),
})
export type ContinueConversationType = z.infer<typeof ContinueConversation>
