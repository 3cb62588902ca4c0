import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { HELPDESK_MODULE } from "../modules/helpdesk"
import type HelpdeskModuleService from "../modules/helpdesk/service"
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
  const classified = name === HelpdeskEvents.MESSAGE_CLASSIFIED
  // most messages fire no rule: no run, rather than an empty one per message
  const listening = await container
    .resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    .hasEnabledAutomationRules(
      classified ? ["ticket_created", "customer_message"] : ["agent_message"]
    )
  if (!listening) {
    return
  }
  await runAutomationsWorkflow(container).run({
    input: {
      ticket_id: data.ticket_id,
      event: {
        type: classified ? "message_classified" : "message_created",
        message_id: data.id,
      },
    },
  })
}

export const config: SubscriberConfig = {
  event: [HelpdeskEvents.MESSAGE_CLASSIFIED, HelpdeskEvents.MESSAGE_CREATED],
  context: { subscriberId: "helpdesk-run-message-automations" },
}
