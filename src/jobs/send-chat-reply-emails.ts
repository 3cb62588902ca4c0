import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { HELPDESK_MODULE } from "../modules/helpdesk"
import type HelpdeskModuleService from "../modules/helpdesk/service"
import { hasNotificationProvider } from "../workflows/tickets/utils/notification-channels"
import { sendChatReplyEmailWorkflow } from "../workflows/email-replies/workflows/send-chat-reply-email"

/** Tickets e-mailed per minute at most; the rest wait for the next minute. */
const TICKETS_PER_RUN = 100

// Said once while no provider handles e-mail, not every minute; said again after one came back.
const NO_PROVIDER = Symbol.for("medusa-helpdesk.chat-reply-emails.no-provider")
const holder = globalThis as { [NO_PROVIDER]?: boolean }

/**
 * E-mails the shoppers whose replies have waited unseen for their channel's quiet period at
 * `now`, one e-mail per ticket. The scheduled job calls it every minute; tests call it with a
 * moved clock. Answers how many e-mails were sent.
 */
export async function sendChatReplyEmails(
  container: MedusaContainer,
  now: Date = new Date()
): Promise<number> {
  const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  if (!hasNotificationProvider(container, "email")) {
    if (!holder[NO_PROVIDER]) {
      const waiting = await helpdesk.listDueEmailReplyTickets(now, 1)
      if (waiting.length) {
        holder[NO_PROVIDER] = true
        logger.warn(
          'Helpdesk: replies shoppers have not seen cannot be e-mailed: no notification provider handles the "email" channel. Add one to the Notification module in medusa-config.ts, or turn e-mail replies off in the chat channels\' settings.'
        )
      }
    }
    return 0
  }
  holder[NO_PROVIDER] = false

  const due = await helpdesk.listDueEmailReplyTickets(now, TICKETS_PER_RUN)
  let sent = 0
  for (const ticket of due) {
    try {
      const { result } = await sendChatReplyEmailWorkflow(container).run({
        input: { ticket_id: ticket.id, now: now.toISOString() },
      })
      sent += result.sent ? 1 : 0
    } catch (error) {
      logger.warn(
        `Helpdesk: the replies of ticket ${ticket.id} could not be e-mailed; the next minute tries again: ${error instanceof Error ? error.message : String(error)}`
      )
    }
  }
  return sent
}

/** Every minute: replies shoppers have not seen, by e-mail. */
export default async function sendChatReplyEmailsJob(
  container: MedusaContainer
): Promise<void> {
  await sendChatReplyEmails(container)
}

export const config = {
  name: "helpdesk-send-chat-reply-emails",
  schedule: "* * * * *",
}
