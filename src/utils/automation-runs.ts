import type { MedusaContainer } from "@medusajs/framework/types"
import { HELPDESK_MODULE } from "../modules/helpdesk"
import type HelpdeskModuleService from "../modules/helpdesk/service"
import {
  eventTriggers,
  type AutomationEventInput,
} from "../workflows/automations/steps/prepare-automation-runs"
import { runAutomationsWorkflow } from "../workflows/automations/workflows/run-automations"
import { batchedRuns, roundsByKey } from "./batched-runs"
import { hotRunContext } from "./ulid"

/**
 * Where subscribers and the scheduled job send automation events: the events arriving
 * together share one run of `runAutomationsWorkflow` (a ticket's events in order, one per
 * run), and events no enabled rule listens to start no run at all.
 */
export const automationRuns = (container: MedusaContainer) =>
  batchedRuns<AutomationEventInput>(
    container,
    "run-automations",
    async (events) => {
      const triggers = [
        ...new Set(events.flatMap((e) => eventTriggers(e.event))),
      ]
      const listening = await container
        .resolve<HelpdeskModuleService>(HELPDESK_MODULE)
        .hasEnabledAutomationRules(triggers)
      if (!listening) {
        return
      }
      for (const round of roundsByKey(events, (e) => e.ticket_id)) {
        await runAutomationsWorkflow(container).run({
          input: { events: round },
          context: hotRunContext(),
        })
      }
    },
    {
      keyOf: (e) => e.ticket_id,
      maxBatch: 500,
      concurrency: 1,
      lingerMs: 100,
      quietMs: 100,
      minIntervalMs: 100,
    }
  )
