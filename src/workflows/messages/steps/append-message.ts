import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import type { AppendMessageInput } from "../../../modules/helpdesk/service"

export const appendMessageStepId = "append-helpdesk-message"
/**
 * This step stores a message once per (ticket, client_id) with the ticket's next seq. A resend
 * returns the stored message with `created: false`; only a message this step created is
 * removed on compensation.
 */
export const appendMessageStep = createStep(
  appendMessageStepId,
  async (input: AppendMessageInput, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const result = await helpdesk.appendMessage(input)
    return new StepResponse(
      result,
      result.created ? result.message.id : undefined
    )
  },
  async (messageId, { container }) => {
    if (!messageId) {
      return
    }
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    await helpdesk.deleteHelpdeskMessages([messageId])
  }
)
