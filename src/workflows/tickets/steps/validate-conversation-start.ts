import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export type ValidateConversationStartStepInput = {
  channel_id: string
  email: string
}

export const validateConversationStartStepId =
  "validate-helpdesk-conversation-start"
/**
 * This step checks that the channel takes conversations and that the sender is not blocked.
 * It returns the channel fields the new ticket copies.
 */
export const validateConversationStartStep = createStep(
  validateConversationStartStepId,
  async (
    { channel_id, email }: ValidateConversationStartStepInput,
    { container }
  ) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const [channel] = await helpdesk.listHelpdeskChannels(
      { id: channel_id },
      { select: ["id", "name", "inbox_id", "enabled", "locale"], take: 1 }
    )
    if (!channel || !channel.enabled) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        "This chat is not available."
      )
    }

    const [contact] = await helpdesk.listHelpdeskContacts(
      { email: email.toLowerCase(), blocked: true },
      { select: ["id"], take: 1 }
    )
    if (contact) {
      throw new MedusaError(
        MedusaError.Types.FORBIDDEN,
        "We cannot start a chat from this e-mail address. Please contact the shop another way."
      )
    }

    return new StepResponse({
      id: channel.id,
      name: channel.name,
      inbox_id: channel.inbox_id,
      locale: channel.locale,
    })
  }
)
