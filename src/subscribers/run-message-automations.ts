import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { HelpdeskEvents } from "../types/events"
import { automationRuns } from "../utils/automation-runs"

/**
 * A shopper's message, once labelled, fires ticket_created (the ticket's first) and
 * customer_message; an agent's message fires agent_message. Messages of automations fire
 * nothing. Messages arriving together share one automation run.
 */
export default async function runMessageAutomationsHandler({
  event: { name, data },
  container,
}: SubscriberArgs<{ id: string; ticket_id?: string }>) {
  if (!data.ticket_id) {
    return
  }
  await automationRuns(container).submit({
    ticket_id: data.ticket_id,
    event: {
      type:
        name === HelpdeskEvents.MESSAGE_CLASSIFIED
          ? "message_classified"
          : "message_created",
      message_id: data.id,
    },
  })
}

export const config: SubscriberConfig = {
  event: [HelpdeskEvents.MESSAGE_CLASSIFIED, HelpdeskEvents.MESSAGE_CREATED],
  context: { subscriberId: "helpdesk-run-message-automations" },
}
