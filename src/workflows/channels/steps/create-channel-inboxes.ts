import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export type CreateChannelInboxesStepInput = { names: string[] }

export const createChannelInboxesStepId = "create-helpdesk-channel-inboxes"
/**
 * This step creates one inbox per name, for channels that were not given an inbox.
 */
export const createChannelInboxesStep = createStep(
  createChannelInboxesStepId,
  async ({ names }: CreateChannelInboxesStepInput, { container }) => {
    if (!names.length) {
      return new StepResponse(
        [] as { id: string; name: string }[],
        [] as string[]
      )
    }
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const inboxes = await helpdesk.createHelpdeskInboxes(
      names.map((name) => ({ name }))
    )
    return new StepResponse(
      inboxes.map((i) => ({ id: i.id, name: i.name })),
      inboxes.map((i) => i.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    await helpdesk.deleteHelpdeskInboxes(ids)
  }
)
