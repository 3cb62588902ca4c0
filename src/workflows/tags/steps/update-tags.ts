import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import type { UpdateTagInput } from "../types"

export type UpdateTagsStepInput = { tags: UpdateTagInput[] }

export const updateTagsStepId = "update-helpdesk-tags"
/**
 * This step updates tags, keeping their previous values to restore them.
 */
export const updateTagsStep = createStep(
  updateTagsStepId,
  async ({ tags }: UpdateTagsStepInput, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const touched = [...new Set(tags.flatMap((t) => Object.keys(t)))]
    const before = await helpdesk.listHelpdeskTags(
      { id: tags.map((t) => t.id) },
      { select: touched as never[] }
    )
    // Only the touched columns were selected, so the snapshot restores exactly what changes.
    const snapshot = before as unknown as UpdateTagInput[]

    const updated = await helpdesk.updateHelpdeskTags(tags)
    return new StepResponse(updated, snapshot)
  },
  async (before, { container }) => {
    if (!before?.length) {
      return
    }
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    await helpdesk.updateHelpdeskTags(before)
  }
)
