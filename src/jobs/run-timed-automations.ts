import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { HELPDESK_MODULE } from "../modules/helpdesk"
import type HelpdeskModuleService from "../modules/helpdesk/service"
import {
  TIMED_AUTOMATION_TRIGGERS,
  type TimedAutomationTrigger,
} from "../types/automation"
import { automationRuns } from "../utils/automation-runs"

/** Tickets looked at per rule and minute; the rest wait for the next minute. */
const TICKETS_PER_RULE = 100

/**
 * Runs the timed rules (no_agent_reply, pending_for) on the tickets due at `now`: each due
 * moment (the shopper's unanswered message, the start of pending) fires a rule at most once.
 * The scheduled job calls it every minute; tests call it with a moved clock.
 */
export async function runTimedAutomations(
  container: MedusaContainer,
  now: Date = new Date()
): Promise<number> {
  const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const rules = await helpdesk.listHelpdeskAutomationRules(
    { enabled: true, trigger: [...TIMED_AUTOMATION_TRIGGERS] },
    {
      select: ["id", "trigger", "delay_minutes"],
      order: { position: "ASC", created_at: "ASC" },
    }
  )
  let started = 0
  for (const rule of rules) {
    if (!rule.delay_minutes) {
      continue
    }
    const due = await helpdesk.listDueAutomationTickets(
      {
        id: rule.id,
        trigger: rule.trigger,
        delay_minutes: rule.delay_minutes,
      },
      now,
      TICKETS_PER_RULE
    )
    // the rule's due tickets share runs; one that fails leaves the others done
    const outcomes = await Promise.allSettled(
      due.map((ticket) =>
        automationRuns(container).submit({
          ticket_id: ticket.id,
          now: now.toISOString(),
          event: {
            type: "timer",
            trigger: rule.trigger as TimedAutomationTrigger,
            rule_id: rule.id,
            key: ticket.due_key,
          },
        })
      )
    )
    outcomes.forEach((outcome, i) => {
      if (outcome.status === "fulfilled") {
        started++
        return
      }
      const error = outcome.reason
      container
        .resolve(ContainerRegistrationKeys.LOGGER)
        .warn(
          `Automations: rule ${rule.id} could not run on ticket ${due[i].id}: ${error instanceof Error ? error.message : String(error)}`
        )
    })
  }
  return started
}

/** Every minute: the timed automation rules. */
export default async function runTimedAutomationsJob(
  container: MedusaContainer
): Promise<void> {
  await runTimedAutomations(container)
}

export const config = {
  name: "helpdesk-run-timed-automations",
  schedule: "* * * * *",
}
