import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { HELPDESK_MODULE } from "../modules/helpdesk"
import type HelpdeskModuleService from "../modules/helpdesk/service"
import { HelpdeskEvents } from "../types/events"
import { runAutomationsWorkflow } from "../workflows/automations/workflows/run-automations"

/** An agent's change to a ticket fires ticket_updated; an automation's change does not. */
export default async function runTicketUpdatedAutomationsHandler({
  event: { data, metadata },
  container,
}: SubscriberArgs<{ id: string; automation?: boolean }>) {
  if (
    data.automation ||
    !(await container
      .resolve<HelpdeskModuleService>(HELPDESK_MODULE)
      .hasEnabledAutomationRules(["ticket_updated"]))
  ) {
    return
  }
  await runAutomationsWorkflow(container).run({
    input: {
      ticket_id: data.id,
      event: {
        type: "ticket_updated",
        // a retried event keeps the group id of the workflow that emitted it
        key:
          (metadata as { eventGroupId?: string } | undefined)?.eventGroupId ??
          `at-${Date.now()}`,
      },
    },
  })
}

export const config: SubscriberConfig = {
  event: HelpdeskEvents.TICKET_UPDATED,
  context: { subscriberId: "helpdesk-run-ticket-updated-automations" },
}
