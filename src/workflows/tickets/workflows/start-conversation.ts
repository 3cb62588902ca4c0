import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createHook,
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { HelpdeskEvents } from "../../../types/events"
import { appendMessageStep } from "../../messages/steps/append-message"
import { createTicketsStep } from "../steps/create-tickets"
import { publishTicketCreatedStep } from "../steps/publish-ticket-created"
import { validateConversationStartStep } from "../steps/validate-conversation-start"

export type StartConversationWorkflowInput = {
  channel_id: string
  name: string
  email: string
  subject: string
  message: string
  /** the widget's idempotency key for the first message */
  client_id: string
  page_url?: string | null
  user_agent?: string | null
  locale?: string | null
  /** the Medusa customer, when the storefront identified the shopper */
  customer_id?: string | null
}

export const startConversationWorkflowId = "start-helpdesk-conversation"
/**
 * This workflow starts a chat from the storefront widget: a new ticket in the channel's inbox,
 * with the shopper's first message as seq 1, announced live to the channel's agents.
 *
 * @example
 * const { result } = await startConversationWorkflow(container).run({
 *   input: { channel_id, name: "Jan Kowalski", email: "jan@example.com", subject: "Order", message: "Hi", client_id: "c-1" },
 * })
 */
export const startConversationWorkflow = createWorkflow(
  startConversationWorkflowId,
  (input: WorkflowData<StartConversationWorkflowInput>) => {
    const channel = validateConversationStartStep({
      channel_id: input.channel_id,
      email: input.email,
    })

    const tickets = createTicketsStep(
      transform({ input, channel }, ({ input, channel }) => ({
        tickets: [
          {
            subject: input.subject,
            customer_name: input.name,
            customer_email: input.email,
            customer_id: input.customer_id ?? null,
            channel_id: channel.id,
            inbox_id: channel.inbox_id,
            seller_login: channel.name,
            status: "new" as const,
            page_url: input.page_url ?? null,
            user_agent: input.user_agent ?? null,
            // the language the shopper chats in: the widget's, else the channel's
            locale: input.locale ?? channel.locale,
          },
        ],
      }))
    )
    const ticket = transform({ tickets }, ({ tickets }) => tickets[0])

    const first = appendMessageStep(
      transform({ input, ticket }, ({ input, ticket }) => ({
        ticket_id: ticket.id,
        client_id: input.client_id,
        author_type: "customer" as const,
        body: input.message,
      }))
    )

    emitEventStep({
      eventName: HelpdeskEvents.TICKET_CREATED,
      data: transform({ ticket }, ({ ticket }) => ({ id: ticket.id })),
    })

    const conversationStarted = createHook("conversationStarted", {
      ticket,
      message: first.message,
    })

    publishTicketCreatedStep(
      transform({ ticket, first }, ({ ticket, first }) => ({
        ticket: {
          ...ticket,
          last_message_at: first.message.created_at,
          last_message_author: "customer" as const,
        },
      }))
    )

    return new WorkflowResponse(
      transform({ ticket, first }, ({ ticket, first }) => ({
        ticket,
        message: first.message,
      })),
      { hooks: [conversationStarted] }
    )
  }
)
