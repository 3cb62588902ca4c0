import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export type RetireUnsentAttachmentsStepInput = {
  /** uploaded before this moment */
  before: string
  limit: number
}

export const retireUnsentAttachmentsStepId =
  "retire-unsent-helpdesk-attachments"
/**
 * This step soft-deletes attachments no message took in time, and returns them with their
 * files' ids. Compensation restores them.
 */
export const retireUnsentAttachmentsStep = createStep(
  retireUnsentAttachmentsStepId,
  async (
    { before, limit }: RetireUnsentAttachmentsStepInput,
    { container }
  ) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const retired = await helpdesk.retireUnsentAttachments(
      new Date(before),
      limit
    )
    return new StepResponse(
      retired,
      retired.map((a) => a.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    await helpdesk.restoreHelpdeskAttachments(ids)
  }
)
