import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export type RecordVisitorSeenStepInput = {
  marks: { ticket_id: string; seq: number }[]
}

export const recordVisitorSeenStepId = "record-helpdesk-visitor-seen"
/**
 * This step moves each ticket's visitor_seen_seq forward to the seq the shopper's widget
 * confirmed holding, and puts the previous values back on rollback.
 */
export const recordVisitorSeenStep = createStep(
  recordVisitorSeenStepId,
  async ({ marks }: RecordVisitorSeenStepInput, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const moved = await helpdesk.recordVisitorSeen(marks)
    return new StepResponse(moved, moved)
  },
  async (moved, { container }) => {
    if (!moved?.length) {
      return
    }
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    await helpdesk.restoreVisitorSeen(moved)
  }
)
