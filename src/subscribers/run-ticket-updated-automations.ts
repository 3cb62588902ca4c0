import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { HelpdeskEvents } from "../types/events"
import { automationRuns } from "../utils/automation-runs"

/** An agent's change to a ticket fires ticket_updated; an automation's change does not. */
export default async function runTicketUpdatedAutomationsHandler({
  event: { data, metadata },
  container,
}: SubscriberArgs<{ id: string; automation?: boolean }>) {
  if (data.automation) {
    return
  }
  await automationRuns(container).submit({
    ticket_id: data.id,
    event: {
      type: "ticket_updated",
      // a retried event keeps the group id of the workflow that emitted it
      key:
        (metadata as { eventGroupId?: string } | undefined)?.eventGroupId ??
        `at-${Date.now()}`,
    },
  })
}

export const config: SubscriberConfig = {
  event: HelpdeskEvents.TICKET_UPDATED,
  context: { subscriberId: "helpdesk-run-ticket-updated-automations" },
}
