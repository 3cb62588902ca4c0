import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { MedusaContainer } from "@medusajs/framework/types"
import {
  HelpdeskEvents,
  isShopperMessageEvent,
  type MessageCreatedEventData,
} from "../types/events"
import { batchedRuns } from "../utils/batched-runs"
import { classifyTicketMessagesWorkflow } from "../workflows/classification/workflows/classify-ticket-messages"

/**
 * The tickets whose messages arrive together are labelled by one run: while shoppers keep
 * writing (messages less than 100 ms apart), runs start at most every 200 ms, each with the
 * tickets that wrote since the last; after a quiet spell a message is labelled at once. Each
 * run pays the workflow engine's fixed cost, so under load fewer, larger runs are what keeps
 * labelling cheap.
 */
const classificationRuns = (container: MedusaContainer) =>
  batchedRuns<string>(
    container,
    "classify-ticket-messages",
    async (ticketIds) => {
      await classifyTicketMessagesWorkflow(container).run({
        input: { ticket_ids: ticketIds },
      })
    },
    {
      keyOf: (ticketId) => ticketId,
      maxBatch: 200,
      concurrency: 1,
      lingerMs: 200,
      quietMs: 100,
      minIntervalMs: 200,
    }
  )

/**
 * A new ticket's first message and every later one of the shopper are labelled after they are
 * stored; agents', automations' and internal notes start nothing.
 */
export default async function classifyCustomerMessagesHandler({
  event: { name, data },
  container,
}: SubscriberArgs<{ id: string } & Partial<MessageCreatedEventData>>) {
  if (
    name === HelpdeskEvents.MESSAGE_CREATED &&
    !isShopperMessageEvent(data)
  ) {
    return
  }
  const ticketId =
    name === HelpdeskEvents.TICKET_CREATED ? data.id : data.ticket_id
  if (ticketId) {
    await classificationRuns(container).submit(ticketId)
  }
}

export const config: SubscriberConfig = {
  event: [HelpdeskEvents.TICKET_CREATED, HelpdeskEvents.MESSAGE_CREATED],
  context: { subscriberId: "helpdesk-classify-customer-messages" },
}
