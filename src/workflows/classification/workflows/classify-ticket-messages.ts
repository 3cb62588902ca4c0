import {
  createHook,
  createWorkflow,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { HelpdeskEvents } from "../../../types/events"
import { publishTicketUpdatedStep } from "../../tickets/steps/publish-ticket-updated"
import { prepareMessageClassificationsStep } from "../steps/prepare-message-classifications"
import { saveMessageClassificationsStep } from "../steps/save-message-classifications"
import { emitChatEventsStep } from "../../common/steps/emit-chat-events"

export type ClassifyTicketMessagesWorkflowInput = { ticket_ids: string[] }

export const classifyTicketMessagesWorkflowId =
  "classify-helpdesk-ticket-messages"
/**
 * This workflow labels the shopper's messages of some tickets that have no labels yet
 * (sentiment, flags, topics, language), moves each ticket's sentiment and context by the rule
 * in `ticketLabelsAfter`, tells the agents, and emits `helpdesk.message.classified` per message —
 * the event automations start from. It runs off the chat's hot path, from a subscriber that
 * gathers the tickets of the messages arriving together into one run.
 *
 * @example
 * await classifyTicketMessagesWorkflow(container).run({ input: { ticket_ids: ["hdt_…"] } })
 */
export const classifyTicketMessagesWorkflow = createWorkflow(
  classifyTicketMessagesWorkflowId,
  (input: WorkflowData<ClassifyTicketMessagesWorkflowInput>) => {
    const plan = prepareMessageClassificationsStep(input)
    saveMessageClassificationsStep(plan)

    when("ticket-labels-changed", { plan }, ({ plan }) =>
      plan.tickets.some((t) => t.ticket_changed)
    ).then(() => {
      publishTicketUpdatedStep({
        ids: transform({ plan }, ({ plan }) =>
          plan.tickets.filter((t) => t.ticket_changed).map((t) => t.ticket_id)
        ),
      })
    })
    // emits nothing when no message was labelled
    emitChatEventsStep({
      eventName: HelpdeskEvents.MESSAGE_CLASSIFIED,
      data: transform({ plan }, ({ plan }) =>
        plan.tickets.flatMap((t) =>
          t.messages.map((m) => ({ id: m.id, ticket_id: t.ticket_id }))
        )
      ),
    })

    const messagesClassified = createHook("messagesClassified", { plan })
    return new WorkflowResponse(
      transform({ plan }, ({ plan }) => ({
        tickets: plan.tickets.map((t) => ({
          ticket_id: t.ticket_id,
          messages: t.messages,
          labels: t.after,
        })),
      })),
      { hooks: [messagesClassified] }
    )
  }
)
