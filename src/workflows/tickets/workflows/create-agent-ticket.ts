import {
  emitEventStep,
  sendNotificationsStep,
} from "@medusajs/medusa/core-flows"
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
import { validateAgentTicketStep } from "../steps/validate-agent-ticket"

/** The template the e-mail provider renders an agent's message with. */
export const TICKET_MESSAGE_TEMPLATE = "helpdesk-ticket-message"

export type CreateAgentTicketWorkflowInput = {
  /** the acting agent: the ticket is assigned to them */
  user_id: string
  email: string
  name?: string | null
  subject: string
  message: string
  channel_id?: string | null
}

export const createAgentTicketWorkflowId = "create-helpdesk-agent-ticket"
/**
 * This workflow starts a conversation from the agent's side ("New ticket"): an open ticket
 * assigned to the agent, the agent's message as seq 1, sent to the customer by e-mail
 * through the Notification module.
 *
 * @example
 * await createAgentTicketWorkflow(container).run({
 *   input: { user_id: "user_…", email: "jan@example.com", subject: "Your return", message: "Hello Jan, …" },
 * })
 */
export const createAgentTicketWorkflow = createWorkflow(
  createAgentTicketWorkflowId,
  (input: WorkflowData<CreateAgentTicketWorkflowInput>) => {
    const target = validateAgentTicketStep({
      user_id: input.user_id,
      channel_id: input.channel_id,
    })

    const tickets = createTicketsStep(
      transform({ input, target }, ({ input, target }) => ({
        tickets: [
          {
            subject: input.subject,
            customer_email: input.email,
            customer_name: input.name ?? null,
            channel_id: target.channel?.id ?? null,
            inbox_id: target.inbox_id,
            seller_login: target.channel?.name ?? null,
            status: "open" as const,
            assignee_id: input.user_id,
            locale: target.channel?.locale ?? null,
            // the first message goes out by e-mail below: it is not e-mailed again as a reply
            last_emailed_seq: 1,
          },
        ],
      }))
    )
    const ticket = transform({ tickets }, ({ tickets }) => tickets[0])

    const first = appendMessageStep(
      transform({ input, ticket }, ({ input, ticket }) => ({
        ticket_id: ticket.id,
        author_type: "agent" as const,
        author_id: input.user_id,
        kind: "message" as const,
        body: input.message,
      }))
    )

    const agentTicketCreated = createHook("agentTicketCreated", {
      ticket,
      message: first.message,
    })

    emitEventStep({
      eventName: HelpdeskEvents.TICKET_CREATED,
      data: transform({ ticket }, ({ ticket }) => ({ id: ticket.id })),
    })

    // E-mail and socket pushes cannot be taken back: they go last.
    sendNotificationsStep(
      transform(
        { input, ticket, first, target },
        ({ input, ticket, first, target }) => [
          {
            to: ticket.customer_email,
            channel: "email",
            template: TICKET_MESSAGE_TEMPLATE,
            resource_id: ticket.id,
            resource_type: "helpdesk_ticket",
            idempotency_key: `helpdesk-message-${first.message.id}`,
            data: {
              ticket_id: ticket.id,
              ticket_number: ticket.number,
              subject: ticket.subject,
              body: input.message,
              agent_name: target.agent_name,
            },
          },
        ]
      )
    )

    publishTicketCreatedStep(
      transform({ ticket, first }, ({ ticket, first }) => ({
        ticket: {
          ...ticket,
          last_message_at: first.message.created_at,
          last_message_author: "agent" as const,
        },
      }))
    )

    return new WorkflowResponse(
      transform({ ticket, first }, ({ ticket, first }) => ({
        ticket,
        message: first.message,
      })),
      { hooks: [agentTicketCreated] }
    )
  }
)
