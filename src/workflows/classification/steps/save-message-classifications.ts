import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import type { TicketLabelsRow } from "../../../modules/helpdesk/service"
import type { TicketLabels } from "../utils/ticket-labels"
import type { PrepareMessageClassificationsStepOutput } from "./prepare-message-classifications"

type Undo = {
  message_ids: string[]
  tickets: TicketLabelsRow[]
}

const ticketLabelsRow = (id: string, labels: TicketLabels): TicketLabelsRow => ({
  id,
  sentiment: labels.sentiment,
  sentiment_flags: labels.sentiment_flags,
  context: labels.context,
})

export const saveMessageClassificationsStepId =
  "save-helpdesk-message-classifications"
/**
 * This step stores the messages' labels and the tickets' new labels with one statement, so a
 * message never has labels its ticket lacks; its compensation takes the labels off the
 * messages again and puts the tickets' back.
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
    await helpdesk.saveLabels({
      messages,
      tickets: changed.map((t) => ticketLabelsRow(t.ticket_id, t.after)),
    })
    return new StepResponse(undefined, {
      message_ids: messages.map((m) => m.id),
      tickets: changed.map((t) => ticketLabelsRow(t.ticket_id, t.before)),
    } as Undo)
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    await container
      .resolve<HelpdeskModuleService>(HELPDESK_MODULE)
      .saveLabels({
        messages: undo.message_ids.map((id) => ({
          id,
          sentiment: null,
          sentiment_flags: null,
          topics: null,
          language: null,
          classified_by: null,
        })),
        tickets: undo.tickets,
      })
  }
)
