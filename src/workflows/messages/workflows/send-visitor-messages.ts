import {
  createHook,
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { announceVisitorMessagesStep } from "../steps/announce-visitor-messages"
import { storeVisitorMessagesStep } from "../steps/store-visitor-messages"

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
    const outcomes = storeVisitorMessagesStep(input)

    announceVisitorMessagesStep({
      outcomes,
      except_socket_ids: transform({ input }, ({ input }) =>
        input.messages.map((m) => m.except_socket_id ?? null)
      ),
    })

    const messagesSent = createHook("messagesSent", { outcomes })

    return new WorkflowResponse(outcomes, { hooks: [messagesSent] })
  }
)
