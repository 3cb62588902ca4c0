import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import {
  HelpdeskEvents,
  isAgentMessageEvent,
  type MessageCreatedEventData,
} from "../types/events"
import { automationRuns } from "../utils/automation-runs"

/**
 * A shopper's message, once labelled, fires ticket_created (the ticket's first) and
 * customer_message; an agent's message fires agent_message. Messages of automations fire
 * nothing. Messages arriving together share one automation run.
 */
export default async function runMessageAutomationsHandler({
  event: { name, data },
  container,
}: SubscriberArgs<{ id: string } & Partial<MessageCreatedEventData>>) {
  if (!data.ticket_id) {
    return
  }
  // a message fires agent_message when it is stored only if an agent wrote it; a shopper's
  // fires its triggers once labelled (helpdesk.message.classified)
  if (name === HelpdeskEvents.MESSAGE_CREATED && !isAgentMessageEvent(data)) {
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
