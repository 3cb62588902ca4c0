import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export type ValidateChannelInboxesStepInput = { inbox_ids: string[] }

export const validateChannelInboxesStepId = "validate-helpdesk-channel-inboxes"
/**
 * This step checks that the inboxes channels route their tickets to exist.
 */
export const validateChannelInboxesStep = createStep(
  validateChannelInboxesStepId,
  async ({ inbox_ids }: ValidateChannelInboxesStepInput, { container }) => {
    const wanted = [...new Set(inbox_ids)]
    if (!wanted.length) {
      return
    }

    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const inboxes = await helpdesk.listHelpdeskInboxes(
      { id: wanted },
      { select: ["id"] }
    )
    const found = new Set(inboxes.map((i) => i.id))
    const missing = wanted.filter((id) => !found.has(id))

    if (missing.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `inbox_id: there is no inbox with the id ${missing
          .map((id) => `"${id}"`)
          .join(", ")}. Leave it empty to give the channel an inbox of its own.`
      )
    }
  }
)
