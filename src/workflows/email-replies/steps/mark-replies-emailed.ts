import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export type MarkRepliesEmailedStepInput = {
  ticket_id: string
  from_seq: number
  to_seq: number
}

export const markRepliesEmailedStepId = "mark-helpdesk-replies-emailed"
/**
 * This step records that a ticket's replies up to `to_seq` are e-mailed, unless another run
 * recorded them first (then it answers `false` and nothing is sent). On rollback (the e-mail
 * could not be sent) the replies count as not e-mailed again. Given nothing, it records nothing.
 */
export const markRepliesEmailedStep = createStep(
  markRepliesEmailedStepId,
  async (input: MarkRepliesEmailedStepInput | null, { container }) => {
    if (!input) {
      return new StepResponse<boolean, MarkRepliesEmailedStepInput | null>(
        false,
        null
      )
    }
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const moved = await helpdesk.moveLastEmailedSeq(
      input.ticket_id,
      input.from_seq,
      input.to_seq
    )
    return new StepResponse<boolean, MarkRepliesEmailedStepInput | null>(
      moved,
      moved ? input : null
    )
  },
  async (input, { container }) => {
    if (!input) {
      return
    }
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    await helpdesk.moveLastEmailedSeq(
      input.ticket_id,
      input.to_seq,
      input.from_seq
    )
  }
)
