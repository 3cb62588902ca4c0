import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { CHAT_REPLY_TEMPLATE } from "../../../../workflows/email-replies/utils/chat-reply-email"
import { hasNotificationProvider } from "../../../../workflows/tickets/utils/notification-channels"

/**
 * Whether replies shoppers have not seen can go out by e-mail in this app: a notification
 * provider handles the "email" channel. The channel settings warn when none does.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  res.json({
    email_replies: {
      provider_configured: hasNotificationProvider(req.scope, "email"),
      template: CHAT_REPLY_TEMPLATE,
    },
  })
}
