import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { HelpdeskEvents } from "../types/events"
import { classifyTicketMessagesWorkflow } from "../workflows/classification/workflows/classify-ticket-messages"

/** A new ticket's first message and every later one are labelled after they are stored. */
export default async function classifyCustomerMessagesHandler({
  event: { name, data },
  container,
}: SubscriberArgs<{ id: string; ticket_id?: string }>) {
  const ticketId =
    name === HelpdeskEvents.TICKET_CREATED ? data.id : data.ticket_id
  if (ticketId) {
    await classifyTicketMessagesWorkflow(container).run({
      input: { ticket_id: ticketId },
    })
  }
}

export const config: SubscriberConfig = {
  event: [HelpdeskEvents.TICKET_CREATED, HelpdeskEvents.MESSAGE_CREATED],
  context: { subscriberId: "helpdesk-classify-customer-messages" },
}
