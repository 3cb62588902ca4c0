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
import {
  appendMessagesStep,
  isAppendFailure,
} from "../../messages/steps/append-messages"
import { publishMessagesStep } from "../../messages/steps/publish-messages"
import { prepareTicketCloseStep } from "../steps/prepare-ticket-close"
import { publishTicketUpdatedStep } from "../steps/publish-ticket-updated"
import { updateTicketsStep } from "../steps/update-tickets"
import { validateTicketAccessStep } from "../steps/validate-ticket-access"

export type CloseTicketWorkflowInput = { id: string; user_id: string }

export const closeTicketWorkflowId = "close-helpdesk-ticket"
/**
 * This workflow closes a ticket: status closed, closed_at set, an internal line naming the
 * agent and a line the shopper sees in their language. Closing a closed ticket does nothing.
 *
 * @example
 * await closeTicketWorkflow(container).run({ input: { id: "hdt_…", user_id: "user_…" } })
 */
export const closeTicketWorkflow = createWorkflow(
  closeTicketWorkflowId,
  (input: WorkflowData<CloseTicketWorkflowInput>) => {
    validateTicketAccessStep({ ticket_id: input.id, user_id: input.user_id })

    const plan = prepareTicketCloseStep({
      ticket_id: input.id,
      user_id: input.user_id,
    })

    const lines = when(
      "ticket-closing",
      { plan },
      ({ plan }) => !!plan.update
    ).then(() => {
      updateTicketsStep(
        transform({ plan }, ({ plan }) => ({ tickets: [plan.update!] }))
      )
      return appendMessagesStep(
        transform({ plan, input }, ({ plan, input }) => ({
          messages: [
            {
              ticket_id: plan.ticket.id,
              author_type: "system" as const,
              author_id: input.user_id,
              kind: "note" as const,
              body: plan.note_body,
            },
            {
              ticket_id: plan.ticket.id,
              author_type: "system" as const,
              author_id: input.user_id,
              kind: "event" as const,
              body: plan.event_body,
            },
          ],
        }))
      )
    })

    const ticketClosed = createHook("ticketClosed", {
      id: input.id,
      user_id: input.user_id,
    })

    when("ticket-closed", { plan }, ({ plan }) => !!plan.update).then(() => {
      emitEventStep({
        eventName: HelpdeskEvents.TICKET_UPDATED,
        data: transform({ plan }, ({ plan }) => ({ id: plan.ticket.id })),
      })
      publishTicketUpdatedStep({
        ids: transform({ plan }, ({ plan }) => [plan.ticket.id]),
      })
      publishMessagesStep(
        transform({ plan, lines }, ({ plan, lines }) => ({
          messages: (lines ?? []).flatMap((a) =>
            !isAppendFailure(a) && a.created
              ? [{ ticket: plan.ticket, message: a.message }]
              : []
          ),
        }))
      )
    })

    return new WorkflowResponse(
      transform({ plan }, ({ plan }) => ({
        id: plan.ticket.id,
        closed: !!plan.update,
      })),
      { hooks: [ticketClosed] }
    )
  }
)
