import {
  createHook,
  createWorkflow,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { HelpdeskEvents, messageCreatedEventData } from "../../../types/events"
import { linkMessageAttachmentsStep } from "../../attachments/steps/link-message-attachments"
import { validateMessageAttachmentsStep } from "../../attachments/steps/validate-message-attachments"
import { appendMessagesStep, isAppendFailure } from "../steps/append-messages"
import { withAttachments } from "../utils/with-attachments"
import { publishMessagesStep } from "../steps/publish-messages"
import { emitChatEventsStep } from "../../common/steps/emit-chat-events"

export type VisitorMessageInput = {
  /** the conversation the sender's visitor token opens */
  ticket_id: string
  /** the widget's idempotency key: a resend returns the stored message */
  client_id: string
  body: string
  /** files the shopper uploaded to this conversation, each sent once */
  attachment_ids?: string[]
  /** the sender's socket: it learns of its message from the acknowledgement */
  except_socket_id?: string
}

export type SendVisitorMessagesWorkflowInput = {
  messages: VisitorMessageInput[]
}

export const sendVisitorMessagesWorkflowId = "send-helpdesk-visitor-messages"
/**
 * This workflow stores shoppers' messages, many at once, each exactly once and in the order
 * given, and delivers them live to the agents of each ticket's channel and the shopper's
 * other tabs. The caller has checked each sender's visitor token: a token opens one ticket.
 * Messages arriving together share one transaction, which is what keeps a busy store's chat
 * fast; the result lists one outcome per input, in order.
 *
 * @example
 * const { result } = await sendVisitorMessagesWorkflow(container).run({
 *   input: { messages: [{ ticket_id, client_id: "c-1", body: "Hello" }] },
 * })
 */
export const sendVisitorMessagesWorkflow = createWorkflow(
  sendVisitorMessagesWorkflowId,
  (input: WorkflowData<SendVisitorMessagesWorkflowInput>) => {
    // Steps about attachments run only for a batch that names some: plain messages pay nothing.
    const hasAttachments = transform({ input }, ({ input }) =>
      input.messages.some((m) => !!m.attachment_ids?.length)
    )
    when(
      "validate-visitor-attachments",
      { hasAttachments },
      (data) => data.hasAttachments
    ).then(() => {
      validateMessageAttachmentsStep(
        transform({ input }, ({ input }) => ({
          sends: input.messages.map((m) => ({
            ticket_id: m.ticket_id,
            client_id: m.client_id,
            attachment_ids: m.attachment_ids ?? [],
            uploaded_by_type: "customer" as const,
            uploaded_by_id: null,
          })),
        }))
      )
    })

    const appended = appendMessagesStep(
      transform({ input }, ({ input }) => ({
        messages: input.messages.map((m) => ({
          ticket_id: m.ticket_id,
          client_id: m.client_id,
          body: m.body,
          kind: "message" as const,
          author_type: "customer" as const,
          author_id: null,
        })),
      }))
    )

    const linked = when(
      "link-visitor-attachments",
      { hasAttachments },
      (data) => data.hasAttachments
    ).then(() =>
      linkMessageAttachmentsStep(
        transform({ input, appended }, ({ input, appended }) => ({
          links: appended.flatMap((outcome, i) =>
            isAppendFailure(outcome)
              ? []
              : [
                  {
                    ticket_id: input.messages[i].ticket_id,
                    client_id: input.messages[i].client_id,
                    attachment_ids: input.messages[i].attachment_ids ?? [],
                    uploaded_by_type: "customer" as const,
                    uploaded_by_id: null,
                    message_id: outcome.message.id,
                    created: outcome.created,
                  },
                ]
          ),
        }))
      )
    )
    const outcomes = transform({ appended, linked }, ({ appended, linked }) =>
      linked
        ? appended.map((outcome) =>
            isAppendFailure(outcome)
              ? outcome
              : withAttachments(outcome, linked)
          )
        : appended
    )

    const created = transform({ outcomes, input }, ({ outcomes, input }) =>
      outcomes.flatMap((outcome, i) =>
        !isAppendFailure(outcome) && outcome.created
          ? [
              {
                ticket: outcome.ticket,
                message: outcome.message,
                except_socket_id: input.messages[i].except_socket_id,
              },
            ]
          : []
      )
    )

    emitChatEventsStep({
      eventName: HelpdeskEvents.MESSAGE_CREATED,
      data: transform({ created }, ({ created }) =>
        created.map((c) => messageCreatedEventData(c.message))
      ),
    })
    publishMessagesStep({ messages: created })

    const messagesSent = createHook("messagesSent", { outcomes })

    return new WorkflowResponse(outcomes, { hooks: [messagesSent] })
  }
)
