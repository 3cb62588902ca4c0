import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import type { CreateTagInput } from "../types"

export type CreateTagsStepInput = { tags: CreateTagInput[] }

export const createTagsStepId = "create-helpdesk-tags"
/**
 * This step creates tags.
 */
export const createTagsStep = createStep(
  createTagsStepId,
  async ({ tags }: CreateTagsStepInput, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const created = await helpdesk.createHelpdeskTags(tags)
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
    await helpdesk.deleteHelpdeskTags(ids)
  }
)
