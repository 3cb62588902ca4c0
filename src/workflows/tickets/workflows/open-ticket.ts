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
import { prepareTicketOpenStep } from "../steps/prepare-ticket-open"
import { publishAgentJoinedStep } from "../steps/publish-agent-joined"
import { publishTicketUpdatedStep } from "../steps/publish-ticket-updated"
import { updateTicketsStep } from "../steps/update-tickets"
import { validateTicketAccessStep } from "../steps/validate-ticket-access"

export type OpenTicketWorkflowInput = { ticket_id: string; user_id: string }

export const openTicketWorkflowId = "open-helpdesk-ticket"
/**
 * This workflow runs when an agent opens a ticket: an unassigned ticket is assigned to them,
 * a new ticket becomes open, and the shopper is told "<first name> joined the chat".
 *
 * @example
 * await openTicketWorkflow(container).run({ input: { ticket_id, user_id } })
 */
export const openTicketWorkflow = createWorkflow(
  openTicketWorkflowId,
  (input: WorkflowData<OpenTicketWorkflowInput>) => {
    validateTicketAccessStep({
      ticket_id: input.ticket_id,
      user_id: input.user_id,
    })

    const plan = prepareTicketOpenStep({
      ticket_id: input.ticket_id,
      user_id: input.user_id,
    })
    updateTicketsStep({ tickets: plan.updates })

    const joined = when({ plan }, ({ plan }) => !!plan.joined_body).then(() => {
      const appended = appendMessageStep(
        transform({ plan }, ({ plan }) => ({
          ticket_id: plan.ticket.id,
          author_type: "system" as const,
          kind: "event" as const,
          body: plan.joined_body!,
        }))
      )
      return appended
    })

    when({ plan }, ({ plan }) => plan.updates.length > 0).then(() => {
      emitEventStep({
        eventName: HelpdeskEvents.TICKET_UPDATED,
        data: transform({ plan }, ({ plan }) => ({ id: plan.ticket.id })),
      })
      publishTicketUpdatedStep({
        ids: transform({ plan }, ({ plan }) => [plan.ticket.id]),
      })
    })

    when({ joined }, ({ joined }) => !!joined?.created).then(() => {
      publishAgentJoinedStep(
        transform({ plan, joined, input }, ({ plan, joined, input }) => ({
          ticket: plan.ticket,
          user_id: input.user_id,
          message: joined!.message,
        }))
      )
    })

    const ticketOpened = createHook("ticketOpened", {
      ticket_id: input.ticket_id,
      user_id: input.user_id,
    })

    return new WorkflowResponse(
      transform({ plan }, ({ plan }) => ({
        id: plan.ticket.id,
        joined: !!plan.joined_body,
      })),
      { hooks: [ticketOpened] }
    )
  }
)
