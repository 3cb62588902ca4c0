import { MedusaError } from "@medusajs/framework/utils"
import type { AppendMessageResult } from "../modules/helpdesk/service"
import { isAppendFailure } from "../workflows/messages/steps/append-messages"
import {
  sendVisitorMessagesWorkflow,
  type VisitorMessageInput,
} from "../workflows/messages/workflows/send-visitor-messages"
import { isTransientDatabaseError } from "./errors"
import { GroupCommit } from "./group-commit"
import { hotRunContext } from "../utils/ulid"
import type { Realtime } from "./server"

const senders = new WeakMap<
  Realtime,
  GroupCommit<VisitorMessageInput, AppendMessageResult>
>()

/**
 * Where shoppers' messages go, from the socket and from HTTP alike: one queue per server, so
 * messages arriving together are stored by one run of the send workflow. A run that fails
 * for a transient database reason is retried; one that fails for any other reason is split
 * until only the message that causes it fails.
 */
export function visitorMessageSender(
  realtime: Realtime
): GroupCommit<VisitorMessageInput, AppendMessageResult> {
  let sender = senders.get(realtime)
  if (!sender) {
    sender = new GroupCommit<VisitorMessageInput, AppendMessageResult>(
      async (messages) => {
        const { result } = await sendVisitorMessagesWorkflow(
          realtime.container
        ).run({ input: { messages }, context: hotRunContext() })
        return result.map((outcome) =>
          isAppendFailure(outcome)
            ? new MedusaError(
                outcome.error.type as keyof typeof MedusaError.Types,
                outcome.error.message
              )
            : outcome
        )
      },
      {
        // a ticket's messages are stored in the order they came
        keyOf: (message) => message.ticket_id,
        isTransient: isTransientDatabaseError,
        // at a steady 50+ messages a second, a few ms of waiting lets them share a run
        lingerMs: 8,
        quietMs: 20,
        minIntervalMs: 25,
      }
    )
    senders.set(realtime, sender)
  }
  return sender
}
