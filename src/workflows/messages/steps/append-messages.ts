import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import type {
  AppendMessageInput,
  AppendMessageResult,
} from "../../../modules/helpdesk/service"

/** A message the batch could not store, with the reason as the caller should report it. */
export type AppendMessageFailure = {
  error: { type: string; message: string }
}
export type AppendMessagesStepOutput = (
  AppendMessageResult | AppendMessageFailure
)[]

export const isAppendFailure = (
  outcome: AppendMessageResult | AppendMessageFailure
): outcome is AppendMessageFailure => "error" in outcome

/** Stores the messages as `appendMessages` does, a failure as plain data beside the others. */
export async function appendMessagesOutcomes(
  helpdesk: HelpdeskModuleService,
  messages: AppendMessageInput[]
): Promise<AppendMessagesStepOutput> {
  const outcomes = await helpdesk.appendMessages(messages)
  return outcomes.map((outcome) =>
    outcome instanceof MedusaError
      ? { error: { type: outcome.type, message: outcome.message } }
      : outcome
  )
}

/** The ids of the messages these outcomes stored (not those found stored already). */
export const createdMessageIds = (outcomes: AppendMessagesStepOutput) =>
  outcomes.flatMap((o) => (!isAppendFailure(o) && o.created ? [o.message.id] : []))

export const appendMessagesStepId = "append-helpdesk-messages"
/**
 * This step stores many messages in one transaction, each once per (ticket, client_id) with
 * its ticket's next seq. A message whose ticket is gone comes back as a failure next to the
 * stored ones (plain data, so a persisted workflow result keeps it). Only messages this step
 * created are removed on compensation.
 */
export const appendMessagesStep = createStep(
  appendMessagesStepId,
  async ({ messages }: { messages: AppendMessageInput[] }, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const output = await appendMessagesOutcomes(helpdesk, messages)
    return new StepResponse(output, createdMessageIds(output))
  },
  async (createdIds, { container }) => {
    if (!createdIds?.length) {
      return
    }
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    await helpdesk.deleteHelpdeskMessages(createdIds)
  }
)
