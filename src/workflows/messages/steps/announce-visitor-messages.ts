import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { AppendMessageResult } from "../../../modules/helpdesk/service"
import { HelpdeskEvents, messageCreatedEventData } from "../../../types/events"
import {
  clearChatEvents,
  emitChatEvents,
} from "../../common/steps/emit-chat-events"
import {
  isAppendFailure,
  type AppendMessagesStepOutput,
} from "./append-messages"
import { publishStoredMessages } from "./publish-messages"

export type AnnounceVisitorMessagesStepInput = {
  /** what the store step returned, one outcome per message sent */
  outcomes: AppendMessagesStepOutput
  /** per message sent, in the same order: the sender's socket, which learns from its ack */
  except_socket_ids: (string | null)[]
}

export const announceVisitorMessagesStepId =
  "announce-helpdesk-visitor-messages"
/**
 * This step tells everyone about the shoppers' messages the store step created (not those it
 * found already stored): one `helpdesk.message.created` per message on the event bus, in the
 * workflow's event group, then a push to the agents of each ticket's channel and the
 * shopper's other tabs. It takes the outcomes as they are, so a busy chat's messages are not
 * copied once per consumer between steps. Compensation drops the events from the group; a
 * push cannot be taken back.
 */
export const announceVisitorMessagesStep = createStep(
  announceVisitorMessagesStepId,
  async (
    { outcomes, except_socket_ids }: AnnounceVisitorMessagesStepInput,
    { container, eventGroupId }
  ) => {
    const created: {
      outcome: AppendMessageResult
      except_socket_id?: string
    }[] = outcomes.flatMap((outcome, i) =>
      !isAppendFailure(outcome) && outcome.created
        ? [{ outcome, except_socket_id: except_socket_ids[i] ?? undefined }]
        : []
    )
    const emitted = await emitChatEvents(container, eventGroupId, {
      eventName: HelpdeskEvents.MESSAGE_CREATED,
      data: created.map(({ outcome }) =>
        messageCreatedEventData(outcome.message)
      ),
    })
    await publishStoredMessages(
      container,
      created.map(({ outcome, except_socket_id }) => ({
        ticket: outcome.ticket,
        message: outcome.message,
        except_socket_id,
      }))
    )
    return new StepResponse(undefined, emitted)
  },
  async (emitted, { container }) => clearChatEvents(container, emitted)
)
