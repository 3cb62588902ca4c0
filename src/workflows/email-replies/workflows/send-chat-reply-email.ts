import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { markRepliesEmailedStep } from "../steps/mark-replies-emailed"
import {
  prepareChatReplyEmailStep,
  type PrepareChatReplyEmailStepInput,
} from "../steps/prepare-chat-reply-email"

export type SendChatReplyEmailWorkflowOutput = {
  /** whether an e-mail went out in this run */
  sent: boolean
  /** why not, when nothing was sent */
  skip: string | null
}

export const sendChatReplyEmailWorkflowId = "send-helpdesk-chat-reply-email"
/**
 * This workflow e-mails a shopper the replies their widget has not received, once the oldest
 * has waited the channel's quiet period: one e-mail through the Notification module with every
 * such reply since the last e-mail, in the ticket's language, and a signed link that opens the
 * conversation in the widget. The replies are recorded as e-mailed first; the e-mail, which
 * cannot be taken back, goes last, under an idempotency key so a retried run cannot send it
 * twice.
 *
 * @example
 * await sendChatReplyEmailWorkflow(container).run({
 *   input: { ticket_id: "hdt_…", now: new Date().toISOString() },
 * })
 */
export const sendChatReplyEmailWorkflow = createWorkflow(
  sendChatReplyEmailWorkflowId,
  (input: WorkflowData<PrepareChatReplyEmailStepInput>) => {
    const prepared = prepareChatReplyEmailStep(input)

    const moved = markRepliesEmailedStep(
      transform({ prepared }, ({ prepared }) =>
        !prepared.due
          ? null
          : {
              ticket_id: prepared.ticket_id,
              from_seq: prepared.from_seq,
              to_seq: prepared.to_seq,
            }
      )
    )

    // E-mail cannot be taken back: it goes last.
    when({ moved }, ({ moved }) => moved).then(() => {
      sendNotificationsStep(
        transform({ prepared }, ({ prepared }) =>
          prepared.due ? [prepared.notification] : []
        )
      )
    })

    return new WorkflowResponse(
      transform(
        { prepared, moved },
        ({ prepared, moved }): SendChatReplyEmailWorkflowOutput => ({
          sent: prepared.due && !!moved,
          skip: !prepared.due
            ? prepared.skip
            : moved
              ? null
              : "already_emailed",
        })
      )
    )
  }
)
