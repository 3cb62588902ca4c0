import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import type { TicketLabels } from "../utils/ticket-labels"
import type { PrepareMessageClassificationsStepOutput } from "./prepare-message-classifications"

type Undo = {
  message_ids: string[]
  ticket_id: string
  before: TicketLabels | null
}

export const saveMessageClassificationsStepId =
  "save-helpdesk-message-classifications"
/**
 * This step stores the messages' labels and the ticket's new labels; its compensation takes
 * the labels off the messages again and puts the ticket's back.
 */
export const saveMessageClassificationsStep = createStep(
  saveMessageClassificationsStepId,
  async (plan: PrepareMessageClassificationsStepOutput, { container }) => {
    if (!plan.messages.length) {
      return new StepResponse(undefined, undefined as Undo | undefined)
    }
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    // the ticket first: a message with labels means its ticket has them too
    if (plan.ticket_changed) {
      const { sentiment, sentiment_flags, context } = plan.after
      await helpdesk.updateHelpdeskTickets({
        id: plan.ticket_id,
        sentiment,
        sentiment_flags,
        context,
      })
    }
    try {
      await helpdesk.updateHelpdeskMessages(
        plan.messages.map((m) => ({
          ...m,
          // a json column is typed as an object; the topics are a list
          topics: m.topics as unknown as Record<string, unknown>,
        }))
      )
    } catch (err) {
      // a failed step is not compensated: put the ticket back here, and the next event
      // labels the messages again
      if (plan.ticket_changed) {
        const { sentiment, sentiment_flags, context } = plan.before
        await helpdesk.updateHelpdeskTickets({
          id: plan.ticket_id,
          sentiment,
          sentiment_flags,
          context,
        })
      }
      throw err
    }
    return new StepResponse(undefined, {
      message_ids: plan.messages.map((m) => m.id),
      ticket_id: plan.ticket_id,
      before: plan.ticket_changed ? plan.before : null,
    } as Undo)
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    await helpdesk.updateHelpdeskMessages(
      undo.message_ids.map((id) => ({
        id,
        sentiment: null,
        sentiment_flags: null,
        topics: null,
        language: null,
        classified_by: null,
      }))
    )
    if (undo.before) {
      const { sentiment, sentiment_flags, context } = undo.before
      await helpdesk.updateHelpdeskTickets({
        id: undo.ticket_id,
        sentiment,
        sentiment_flags,
        context,
      })
    }
  }
)
