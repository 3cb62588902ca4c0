import { Modules } from "@medusajs/framework/utils"
import {
  createHook,
  createWorkflow,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  emitEventStep,
  createRemoteLinkStep,
} from "@medusajs/medusa/core-flows"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import { HelpdeskEvents } from "../../../types/events"
import { appendMessageStep } from "../../messages/steps/append-message"
import { publishMessagesStep } from "../../messages/steps/publish-messages"
import { validateTicketAccessStep } from "../../tickets/steps/validate-ticket-access"
import { prepareTicketOrderLinkStep } from "../steps/prepare-ticket-order-link"

export type LinkTicketOrderWorkflowInput = {
  ticket_id: string
  /** the order's id, or its number as the Admin shows it */
  order_id: string
  user_id: string
}

export const linkTicketOrderWorkflowId = "link-helpdesk-ticket-order"
/**
 * This workflow links a Medusa order to a ticket through Medusa's link, writes an internal
 * line in the ticket's language and emits `EVENTLink` (`{ id, order_id }`).
 * Linking an order that is already linked changes nothing; an order that does not exist is a 404.
 *
 * @example
 * await linkTicketOrderWorkflow(container).run({
 *   input: { ticket_id: "hdt_…", order_id: "order_…", user_id: "user_…" },
 * })
 */
export const linkTicketOrderWorkflow = createWorkflow(
  linkTicketOrderWorkflowId,
  (input: WorkflowData<LinkTicketOrderWorkflowInput>) => {
    validateTicketAccessStep({
      ticket_id: input.ticket_id,
      user_id: input.user_id,
    })

    const plan = prepareTicketOrderLinkStep({
      ticket_id: input.ticket_id,
      order_id: input.order_id,
      user_id: input.user_id,
      action: "link",
    })

    const line = when(
      "order-linking",
      { plan },
      ({ plan }) => plan.changes
    ).then(() => {
      createRemoteLinkStep(
        transform({ plan }, ({ plan }) => [
          {
            [HELPDESK_MODULE]: { helpdesk_ticket_id: plan.ticket.id },
            [Modules.ORDER]: { order_id: plan.order.id },
          },
        ])
      )
      return appendMessageStep(
        transform({ plan, input }, ({ plan, input }) => ({
          ticket_id: plan.ticket.id,
          author_type: "system" as const,
          author_id: input.user_id,
          kind: "note" as const,
          body: plan.line_body,
        }))
      )
    })

    const orderLinked = createHook("orderLinked", {
      ticket_id: input.ticket_id,
      order_id: transform({ plan }, ({ plan }) => plan.order.id),
      user_id: input.user_id,
    })

    when("order-linked", { plan }, ({ plan }) => plan.changes).then(() => {
      emitEventStep({
        eventName: HelpdeskEvents.TICKET_ORDER_LINKED,
        data: transform({ plan }, ({ plan }) => ({
          id: plan.ticket.id,
          order_id: plan.order.id,
        })),
      })
      publishMessagesStep(
        transform({ plan, line }, ({ plan, line }) => ({
          messages: line
            ? [{ ticket: plan.ticket, message: line.message }]
            : [],
        }))
      )
    })

    return new WorkflowResponse(
      transform({ plan }, ({ plan }) => ({
        ticket_id: plan.ticket.id,
        order_id: plan.order.id,
        changed: plan.changes,
      })),
      { hooks: [orderLinked] }
    )
  }
)
