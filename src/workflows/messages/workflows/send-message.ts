import {
  createHook,
  createWorkflow,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type { AuthorType, MessageKind } from "../../../types/ticket"
import { HelpdeskEvents, messageCreatedEventData } from "../../../types/events"
import { validateTicketAccessStep } from "../../tickets/steps/validate-ticket-access"
import { linkMessageAttachmentsStep } from "../../attachments/steps/link-message-attachments"
import { validateMessageAttachmentsStep } from "../../attachments/steps/validate-message-attachments"
import { withAttachments } from "../utils/with-attachments"
import { appendMessageStep } from "../steps/append-message"
import { publishMessageStep } from "../steps/publish-message"
import { emitChatEventsStep } from "../../common/steps/emit-chat-events"

export type SendMessageWorkflowInput = {
  ticket_id: string
  /** the sender's idempotency key: a resend returns the stored message */
  client_id?: string | null
  body: string
  kind?: MessageKind
  author_type: AuthorType
  /** the agent's user id; the agent must have access to the ticket's channel */
  author_id?: string | null
  /** files the sender uploaded to this ticket (see uploadAttachmentsWorkflow), each sent once */
  attachment_ids?: string[]
  except_socket_id?: string
}

export const sendMessageWorkflowId = "send-helpdesk-message"
/**
 * This workflow adds a message to a ticket exactly once and delivers it live: to the shopper
 * (unless it is an internal note) and to the agents of the ticket's channel.
 *
 * @example
 * const { result } = await sendMessageWorkflow(container).run({
 *   input: { ticket_id, client_id: "c-1", body: "Hello", author_type: "customer" },
 * })
 */
export const sendMessageWorkflow = createWorkflow(
  sendMessageWorkflowId,
  (input: WorkflowData<SendMessageWorkflowInput>) => {
    when(
      { input },
      ({ input }) => input.author_type === "agent" && !!input.author_id
    ).then(() => {
      validateTicketAccessStep(
        transform({ input }, ({ input }) => ({
          ticket_id: input.ticket_id,
          user_id: input.author_id!,
        }))
      )
    })

    const hasAttachments = ({ input }: { input: SendMessageWorkflowInput }) =>
      !!input.attachment_ids?.length
    const claim = transform({ input }, ({ input }) => ({
      ticket_id: input.ticket_id,
      client_id: input.client_id ?? null,
      attachment_ids: input.attachment_ids ?? [],
      uploaded_by_type:
        input.author_type === "agent"
          ? ("agent" as const)
          : ("customer" as const),
      uploaded_by_id: input.author_type === "agent" ? input.author_id : null,
    }))
    when("validate-message-attachments", { input }, hasAttachments).then(() => {
      validateMessageAttachmentsStep(
        transform({ claim }, ({ claim }) => ({ sends: [claim] }))
      )
    })

    const appended = appendMessageStep(
      transform({ input }, ({ input }) => ({
        ticket_id: input.ticket_id,
        client_id: input.client_id ?? null,
        body: input.body,
        kind: input.kind ?? "message",
        author_type: input.author_type,
        author_id: input.author_id ?? null,
      }))
    )

    const linked = when(
      "link-message-attachments",
      { input },
      hasAttachments
    ).then(() =>
      linkMessageAttachmentsStep(
        transform({ claim, appended }, ({ claim, appended }) => ({
          links: [
            {
              ...claim,
              message_id: appended.message.id,
              created: appended.created,
            },
          ],
        }))
      )
    )
    const result = transform({ appended, linked }, ({ appended, linked }) =>
      withAttachments(appended, linked)
    )

    when({ result }, ({ result }) => result.created).then(() => {
      emitChatEventsStep({
        eventName: HelpdeskEvents.MESSAGE_CREATED,
        data: transform({ result }, ({ result }) => [
          messageCreatedEventData(result.message),
        ]),
      })
      publishMessageStep(
        transform({ result, input }, ({ result, input }) => ({
          ticket: result.ticket,
          message: result.message,
          except_socket_id: input.except_socket_id,
        }))
      )
    })

    const messageSent = createHook("messageSent", { result })

    return new WorkflowResponse(result, { hooks: [messageSent] })
  }
)
