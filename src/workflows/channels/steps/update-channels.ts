import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import type { ChannelFields } from "../../../types/workflows"

export type UpdateChannelsStepInput = {
  channels: (Partial<ChannelFields> & { id: string })[]
}

export const updateChannelsStepId = "update-helpdesk-channels"
/**
 * This step updates chat channels, keeping their previous values to restore them.
 */
export const updateChannelsStep = createStep(
  updateChannelsStepId,
  async ({ channels }: UpdateChannelsStepInput, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const ids = channels.map((c) => c.id)
    const touched = [...new Set(channels.flatMap((c) => Object.keys(c)))]
    const before = await helpdesk.listHelpdeskChannels(
      { id: ids },
      { select: touched as never[] }
    )

    // Only the touched columns were selected, so the snapshot restores exactly what changes.
    const snapshot = before as unknown as UpdateChannelsStepInput["channels"]

    const updated = await helpdesk.updateHelpdeskChannels(channels)
    return new StepResponse(updated, snapshot)
  },
  async (before, { container }) => {
    if (!before?.length) {
      return
    }
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    await helpdesk.updateHelpdeskChannels(before)
  }
)
