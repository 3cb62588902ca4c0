import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { MedusaContainer } from "@medusajs/framework/types"
import {
  HelpdeskEvents,
  isShopperMessageEvent,
  type MessageCreatedEventData,
} from "../types/events"
import { batchedRuns } from "../utils/batched-runs"
import { hotRunContext } from "../utils/ulid"
import { classifyTicketMessagesWorkflow } from "../workflows/classification/workflows/classify-ticket-messages"

/**
 * The tickets whose messages arrive together are labelled by one run: while shoppers keep
 * writing, runs start at most every 100 ms, each with the tickets that wrote since the last;
 * after a quiet spell a message is labelled at once.
 */
const classificationRuns = (container: MedusaContainer) =>
  batchedRuns<string>(
    container,
    "classify-ticket-messages",
    async (ticketIds) => {
      await classifyTicketMessagesWorkflow(container).run({
        input: { ticket_ids: ticketIds },
        context: hotRunContext(),
      })
    },
    {
      keyOf: (ticketId) => ticketId,
      maxBatch: 200,
      concurrency: 1,
      lingerMs: 100,
      quietMs: 100,
      minIntervalMs: 100,
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
