import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import type { UpdateInboxInput } from "../types"

export type UpdateInboxesStepInput = { inboxes: UpdateInboxInput[] }

export const updateInboxesStepId = "update-helpdesk-inboxes"
/**
 * This step updates inboxes, keeping their previous values to restore them.
 */
export const updateInboxesStep = createStep(
  updateInboxesStepId,
  async ({ inboxes }: UpdateInboxesStepInput, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const touched = [...new Set(inboxes.flatMap((t) => Object.keys(t)))]
    const before = await helpdesk.listHelpdeskInboxes(
      { id: inboxes.map((t) => t.id) },
      { select: touched as never[] }
    )
    // Only the touched columns were selected, so the snapshot restores exactly what changes.
    const snapshot = before as unknown as UpdateInboxInput[]

    const updated = await helpdesk.updateHelpdeskInboxes(inboxes)
    return new StepResponse(updated, snapshot)
  },
  async (before, { container }) => {
    if (!before?.length) {
      return
    }
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    await helpdesk.updateHelpdeskInboxes(before)
  }
)
