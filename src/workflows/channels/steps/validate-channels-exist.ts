import { createStep } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import { missingIds } from "../../common/utils/ids"
import {
  assertChannelsManageable,
  channelNotFound,
} from "../utils/channel-access"

export type ValidateChannelsExistStepInput = {
  ids: string[]
  /** the acting user: a channel the user may not change is reported as not found */
  user_id?: string
}

export const validateChannelsExistStepId = "validate-helpdesk-channels-exist"
/**
 * This step fails with a not-found error when one of the channels does not exist or, given a
 * user, is one the user may not change (neither works it nor is a helpdesk administrator).
 */
export const validateChannelsExistStep = createStep(
  validateChannelsExistStepId,
  async ({ ids, user_id }: ValidateChannelsExistStepInput, { container }) => {
    const wanted = [...new Set(ids)]
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const channels = await helpdesk.listHelpdeskChannels(
      { id: wanted },
      { select: ["id"] }
    )
    const missing = missingIds(wanted, channels)

    if (missing.length) {
      throw channelNotFound(missing)
    }
    if (user_id) {
      await assertChannelsManageable(container, user_id, wanted)
    }
  }
)
