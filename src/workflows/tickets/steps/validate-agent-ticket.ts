import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import { agentFirstName } from "../../../publisher/serialize"
import { hasNotificationProvider } from "../utils/notification-channels"

export type ValidateAgentTicketStepInput = {
  user_id: string
  channel_id?: string | null
}

export type ValidateAgentTicketStepOutput = {
  channel: { id: string; name: string; locale: string } | null
  inbox_id: string | null
  agent_name: string
}

export const validateAgentTicketStepId = "validate-helpdesk-agent-ticket"
/**
 * This step checks that a ticket an agent starts can be delivered: an e-mail provider is
 * configured, and the channel, when given, is one the agent works. It returns the channel
 * and inbox the ticket goes to: the channel's inbox, else the first inbox.
 */
export const validateAgentTicketStep = createStep(
  validateAgentTicketStepId,
  async (
    { user_id, channel_id }: ValidateAgentTicketStepInput,
    { container }
  ) => {
    if (!hasNotificationProvider(container, "email")) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        'New tickets are sent to the customer by e-mail, and no notification provider handles the "email" channel. Add one to the Notification module in medusa-config.ts (for example @medusajs/medusa/notification-sendgrid with channels: ["email"]) and restart Medusa.'
      )
    }

    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    let channel: ValidateAgentTicketStepOutput["channel"] = null
    let inboxId: string | null = null
    if (channel_id) {
      const accessible = await helpdesk.listAccessibleChannelIds(user_id)
      const [found] = accessible.includes(channel_id)
        ? await helpdesk.listHelpdeskChannels(
            { id: channel_id },
            { select: ["id", "name", "locale", "inbox_id"], take: 1 }
          )
        : []
      if (!found) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `channel_id: there is no chat channel with the id "${channel_id}" that you work. Leave it empty or choose one of your channels.`
        )
      }
      channel = { id: found.id, name: found.name, locale: found.locale }
      inboxId = found.inbox_id
    }
    if (!inboxId) {
      const [first] = await helpdesk.listHelpdeskInboxes(
        {},
        { select: ["id"], order: { created_at: "ASC" }, take: 1 }
      )
      inboxId = first?.id ?? null
    }

    const output: ValidateAgentTicketStepOutput = {
      channel,
      inbox_id: inboxId,
      agent_name: (await agentFirstName(container, user_id)) ?? "",
    }
    return new StepResponse(output)
  }
)
