import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import type { CreateInboxInput } from "../types"

export type CreateInboxesStepInput = { inboxes: CreateInboxInput[] }

export const createInboxesStepId = "create-helpdesk-inboxes"
/**
 * This step creates inboxes.
 */
export const createInboxesStep = createStep(
  createInboxesStepId,
  async ({ inboxes }: CreateInboxesStepInput, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const created = await helpdesk.createHelpdeskInboxes(inboxes)
    return new StepResponse(
      created,
      created.map((t) => t.id)
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
