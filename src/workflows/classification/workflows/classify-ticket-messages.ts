import { emitEventStep } from "@medusajs/medusa/core-flows"
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

export type ClassifyTicketMessagesWorkflowInput = { ticket_id: string }

export const classifyTicketMessagesWorkflowId =
  "classify-helpdesk-ticket-messages"
/**
 * This workflow labels the shopper's messages of a ticket that have no labels yet (sentiment,
 * flags, topics, language), moves the ticket's sentiment and context by the rule in
 * `ticketLabelsAfter`, tells the agents, and emits `helpdesk.message.classified` per message —
 * the event automations start from. It runs off the chat's hot path, from a subscriber.
 *
 * @example
 * await classifyTicketMessagesWorkflow(container).run({ input: { ticket_id: "hdt_…" } })
 */
export const classifyTicketMessagesWorkflow = createWorkflow(
  classifyTicketMessagesWorkflowId,
  (input: WorkflowData<ClassifyTicketMessagesWorkflowInput>) => {
    const plan = prepareMessageClassificationsStep(input)
    saveMessageClassificationsStep(plan)

    when(
      "ticket-labels-changed",
      { plan },
      ({ plan }) => plan.ticket_changed
    ).then(() => {
      publishTicketUpdatedStep({
        ids: transform({ plan }, ({ plan }) => [plan.ticket_id]),
      })
    })
    when(
      "messages-classified",
      { plan },
      ({ plan }) => plan.messages.length > 0
    ).then(() => {
      emitEventStep({
        eventName: HelpdeskEvents.MESSAGE_CLASSIFIED,
        data: transform({ plan }, ({ plan }) =>
          plan.messages.map((m) => ({ id: m.id, ticket_id: plan.ticket_id }))
        ),
      })
    })

    const messagesClassified = createHook("messagesClassified", { plan })
    return new WorkflowResponse(
      transform({ plan }, ({ plan }) => ({
        ticket_id: plan.ticket_id,
        messages: plan.messages,
        ticket: plan.after,
      })),
      { hooks: [messagesClassified] }
    )
  }
)
