import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export type DeleteChannelsStepInput = { ids: string[] }

export const deleteChannelsStepId = "delete-helpdesk-channels"
/**
 * This step soft-deletes chat channels (with their agent lists); compensation restores them.
 */
export const deleteChannelsStep = createStep(
  deleteChannelsStepId,
  async ({ ids }: DeleteChannelsStepInput, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    await helpdesk.softDeleteHelpdeskChannels(ids)
    return new StepResponse(undefined, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    await helpdesk.restoreHelpdeskChannels(ids)
  }
)
