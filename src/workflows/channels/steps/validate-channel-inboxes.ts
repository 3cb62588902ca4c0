import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import { missingIds, quoteIds } from "../../common/utils/ids"

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
    const missing = missingIds(wanted, inboxes)

    if (missing.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `inbox_id: there is no inbox with the id ${quoteIds(missing)}. Leave it empty to give the channel an inbox of its own.`
      )
    }
  }
)
