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
import { appendMessageStep } from "../../messages/steps/append-message"
import { publishMessagesStep } from "../../messages/steps/publish-messages"
import { prepareSkipAutoresponderStep } from "../steps/prepare-skip-autoresponder"
import { publishTicketUpdatedStep } from "../steps/publish-ticket-updated"
import { updateTicketsStep } from "../steps/update-tickets"
import { validateTicketAccessStep } from "../steps/validate-ticket-access"

export type SetSkipAutoresponderWorkflowInput = {
  id: string
  user_id: string
  /** true: the next autoresponse on this ticket is not sent */
  skip: boolean
}

export const setSkipAutoresponderWorkflowId = "set-helpdesk-skip-autoresponder"
/**
 * This workflow sets or clears a ticket's "skip the next autoresponse" flag, with an
 * internal line saying who did.
 *
 * @example
 * await setSkipAutoresponderWorkflow(container).run({ input: { id: "hdt_…", user_id: "user_…", skip: true } })
 */
export const setSkipAutoresponderWorkflow = createWorkflow(
  setSkipAutoresponderWorkflowId,
  (input: WorkflowData<SetSkipAutoresponderWorkflowInput>) => {
    validateTicketAccessStep({ ticket_id: input.id, user_id: input.user_id })

    const plan = prepareSkipAutoresponderStep({
      ticket_id: input.id,
      user_id: input.user_id,
      skip: input.skip,
    })

    const note = when(
      "skip-changing",
      { plan },
      ({ plan }) => !!plan.update
    ).then(() => {
      updateTicketsStep(
        transform({ plan }, ({ plan }) => ({ tickets: [plan.update!] }))
      )
      return appendMessageStep(
        transform({ plan, input }, ({ plan, input }) => ({
          ticket_id: plan.ticket.id,
          author_type: "system" as const,
          author_id: input.user_id,
          kind: "note" as const,
          body: plan.note_body,
        }))
      )
    })

    const skipAutoresponderSet = createHook("skipAutoresponderSet", {
      id: input.id,
      user_id: input.user_id,
      skip: input.skip,
    })

    when("skip-changed", { plan }, ({ plan }) => !!plan.update).then(() => {
      emitEventStep({
        eventName: HelpdeskEvents.TICKET_UPDATED,
        data: transform({ plan }, ({ plan }) => ({ id: plan.ticket.id })),
      })
      publishTicketUpdatedStep({
        ids: transform({ plan }, ({ plan }) => [plan.ticket.id]),
      })
      publishMessagesStep(
        transform({ plan, note }, ({ plan, note }) => ({
          messages: note
            ? [{ ticket: plan.ticket, message: note.message }]
            : [],
        }))
      )
    })

    return new WorkflowResponse(
      transform({ plan }, ({ plan }) => ({
        id: plan.ticket.id,
        changed: !!plan.update,
      })),
      { hooks: [skipAutoresponderSet] }
    )
  }
)
