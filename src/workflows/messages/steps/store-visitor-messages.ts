import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import {
  assertAttachmentsUsable,
  linkAttachments,
} from "../../attachments/utils/message-attachments"
import { withAttachments } from "../utils/with-attachments"
import {
  appendMessagesOutcomes,
  createdMessageIds,
  isAppendFailure,
  type AppendMessagesStepOutput,
} from "./append-messages"

export type StoreVisitorMessagesStepInput = {
  messages: {
    ticket_id: string
    client_id: string
    body: string
    attachment_ids?: string[]
  }[]
}

type Undo = { message_ids: string[]; attachment_ids: string[] }

export const storeVisitorMessagesStepId = "store-helpdesk-visitor-messages"
/**
 * This step stores shoppers' messages with the files they name: it refuses a batch naming a
 * file the shopper may not send, stores each message once per (ticket, client_id) with its
 * ticket's next seq, and gives new messages their files. A message whose ticket is gone comes
 * back as a failure beside the stored ones. Plain messages cost one statement for the whole
 * batch; files add queries only for the messages that name some. Compensation takes the files
 * off the messages and removes the messages this step created.
 */
export const storeVisitorMessagesStep = createStep(
  storeVisitorMessagesStepId,
  async ({ messages }: StoreVisitorMessagesStepInput, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const claims = messages.map((m) => ({
      ticket_id: m.ticket_id,
      client_id: m.client_id,
      attachment_ids: m.attachment_ids ?? [],
      uploaded_by_type: "customer" as const,
      uploaded_by_id: null,
    }))
    await assertAttachmentsUsable(helpdesk, claims)
    const appended = await appendMessagesOutcomes(
      helpdesk,
      messages.map((m) => ({
        ticket_id: m.ticket_id,
        client_id: m.client_id,
        body: m.body,
        kind: "message" as const,
        author_type: "customer" as const,
        author_id: null,
      }))
    )
    const created = createdMessageIds(appended)
    let linked: Awaited<ReturnType<typeof linkAttachments>>
    try {
      linked = await linkAttachments(
        helpdesk,
        appended.flatMap((outcome, i) =>
          isAppendFailure(outcome)
            ? []
            : [
                {
                  ...claims[i],
                  message_id: outcome.message.id,
                  created: outcome.created,
                },
              ]
        )
      )
    } catch (err) {
      // a failing step is not compensated: take back what it stored
      if (created.length) {
        await helpdesk.deleteHelpdeskMessages(created)
      }
      throw err
    }
    const output: AppendMessagesStepOutput = appended.map((outcome) =>
      isAppendFailure(outcome)
        ? outcome
        : withAttachments(outcome, linked.linked)
    )
    return new StepResponse(output, {
      message_ids: created,
      attachment_ids: linked.claimedIds,
    } as Undo)
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    if (undo.attachment_ids.length) {
      await helpdesk.releaseAttachments(undo.attachment_ids)
    }
    if (undo.message_ids.length) {
      await helpdesk.deleteHelpdeskMessages(undo.message_ids)
    }
  }
)
