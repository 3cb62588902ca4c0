import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export type ValidateInboxesUnusedStepInput = { ids: string[] }

export const validateInboxesUnusedStepId = "validate-helpdesk-inboxes-unused"
/**
 * This step refuses to remove an inbox a chat channel still routes its new tickets to, since
 * the channel would have nowhere to put them.
 */
export const validateInboxesUnusedStep = createStep(
  validateInboxesUnusedStepId,
  async ({ ids }: ValidateInboxesUnusedStepInput, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const channels = await helpdesk.listHelpdeskChannels(
      { inbox_id: ids },
      { select: ["id", "name", "inbox_id"], order: { name: "ASC" } }
    )
    if (!channels.length) {
      return
    }

    const names = channels.map((c) => `"${c.name}"`).join(", ")
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      channels.length === 1
        ? `The inbox is still used by the chat channel ${names}; route that channel to another inbox before deleting this one.`
        : `The inbox is still used by the chat channels ${names}; route those channels to another inbox before deleting this one.`
    )
  }
)
