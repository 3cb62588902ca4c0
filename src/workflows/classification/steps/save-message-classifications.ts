import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import type { TicketLabels } from "../utils/ticket-labels"
import type { PrepareMessageClassificationsStepOutput } from "./prepare-message-classifications"

type TicketBefore = { ticket_id: string; before: TicketLabels }

type Undo = {
  message_ids: string[]
  tickets: TicketBefore[]
}

const ticketLabelsUpdate = ({ ticket_id, before }: TicketBefore) => ({
  id: ticket_id,
  sentiment: before.sentiment,
  sentiment_flags: before.sentiment_flags,
  context: before.context,
})

export const saveMessageClassificationsStepId =
  "save-helpdesk-message-classifications"
/**
 * This step stores the messages' labels and the tickets' new labels, each kind in one write;
 * its compensation takes the labels off the messages again and puts the tickets' back.
 */
export const saveMessageClassificationsStep = createStep(
  saveMessageClassificationsStepId,
  async (
    { tickets }: PrepareMessageClassificationsStepOutput,
    { container }
  ) => {
    const messages = tickets.flatMap((t) => t.messages)
    if (!messages.length) {
      return new StepResponse(undefined, undefined as Undo | undefined)
    }
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const changed = tickets.filter((t) => t.ticket_changed)
    // the tickets first: a message with labels means its ticket has them too
    if (changed.length) {
      await helpdesk.updateHelpdeskTickets(
        changed.map((t) =>
          ticketLabelsUpdate({ ticket_id: t.ticket_id, before: t.after })
        )
      )
    }
    try {
      await helpdesk.saveMessageLabels(messages)
    } catch (err) {
      // a failed step is not compensated: put the tickets back here, and the next event
      // labels the messages again
      if (changed.length) {
        await helpdesk.updateHelpdeskTickets(
          changed.map((t) =>
            ticketLabelsUpdate({ ticket_id: t.ticket_id, before: t.before })
          )
        )
      }
      throw err
    }
    return new StepResponse(undefined, {
      message_ids: messages.map((m) => m.id),
      tickets: changed.map((t) => ({
        ticket_id: t.ticket_id,
        before: t.before,
      })),
    } as Undo)
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    await helpdesk.saveMessageLabels(
      undo.message_ids.map((id) => ({
        id,
        sentiment: null,
        sentiment_flags: null,
        topics: null,
        language: null,
        classified_by: null,
      }))
    )
    if (undo.tickets.length) {
      await helpdesk.updateHelpdeskTickets(undo.tickets.map(ticketLabelsUpdate))
    }
  }
)
