import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { HelpdeskEvents } from "../types/events"
import { runAutomationsWorkflow } from "../workflows/automations/workflows/run-automations"

/**
 * A shopper's message, once labelled, fires ticket_created (the ticket's first) and
 * customer_message; an agent's message fires agent_message. Messages of automations fire
 * nothing.
 */
export default async function runMessageAutomationsHandler({
  event: { name, data },
  container,
}: SubscriberArgs<{ id: string; ticket_id?: string }>) {
  if (!data.ticket_id) {
    return
  }
  await runAutomationsWorkflow(container).run({
    input: {
      ticket_id: data.ticket_id,
      event: {
        type:
          name === HelpdeskEvents.MESSAGE_CLASSIFIED
            ? "message_classified"
            : "message_created",
        message_id: data.id,
      },
    },
  })
}

export const config: SubscriberConfig = {
  event: [HelpdeskEvents.MESSAGE_CLASSIFIED, HelpdeskEvents.MESSAGE_CREATED],
  context: { subscriberId: "helpdesk-run-message-automations" },
}
