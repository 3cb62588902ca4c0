import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import type { ChannelFields } from "../../../types/workflows"

export type CreateChannelsStepInput = { channels: ChannelFields[] }

export const createChannelsStepId = "create-helpdesk-channels"
/**
 * This step creates chat channels.
 */
export const createChannelsStep = createStep(
  createChannelsStepId,
  async ({ channels }: CreateChannelsStepInput, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const created = await helpdesk.createHelpdeskChannels(channels)
    return new StepResponse(
      created,
      created.map((c) => c.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    await helpdesk.deleteHelpdeskChannels(ids)
  }
)
