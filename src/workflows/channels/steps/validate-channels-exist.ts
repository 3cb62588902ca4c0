import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import { missingIds, quoteIds } from "../../common/utils/ids"

export type ValidateChannelsExistStepInput = { ids: string[] }

export const validateChannelsExistStepId = "validate-helpdesk-channels-exist"
/**
 * This step fails with a not-found error when one of the channels does not exist.
 */
export const validateChannelsExistStep = createStep(
  validateChannelsExistStepId,
  async ({ ids }: ValidateChannelsExistStepInput, { container }) => {
    const wanted = [...new Set(ids)]
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const channels = await helpdesk.listHelpdeskChannels(
      { id: wanted },
      { select: ["id"] }
    )
    const missing = missingIds(wanted, channels)

    if (missing.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Chat channel ${quoteIds(missing)} was not found.`
      )
    }
  }
)
