import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import type { AutomationTicket } from "../utils/facts"
import type {
  PlannedAutomationRun,
  PrepareAutomationRunsStepOutput,
} from "./prepare-automation-runs"

export type ClaimedAutomationRun = PlannedAutomationRun & { run_id: string }

/** The rules one event fires on its ticket, each recorded as a run. */
export type ClaimedTicketAutomations = {
  ticket: AutomationTicket
  last_message_author: string | null
  runs: ClaimedAutomationRun[]
}

export const claimAutomationRunsStepId = "claim-helpdesk-automation-runs"
/**
 * This step records each matched rule as a run of its ticket, once per dedupe key (rule,
 * trigger, ticket and event): a run already recorded for the key means a retried event, and
 * that rule is left out, so its actions are never applied twice. Compensation removes the
 * runs it recorded.
 */
export const claimAutomationRunsStep = createStep(
  claimAutomationRunsStepId,
  async ({ tickets }: PrepareAutomationRunsStepOutput, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const claimed: ClaimedTicketAutomations[] = []
    const runIds: string[] = []
    for (const plan of tickets) {
      const runs: ClaimedAutomationRun[] = []
      for (const run of plan.runs) {
        const runId = await helpdesk.claimAutomationRun({
          rule_id: run.rule_id,
          ticket_id: plan.ticket.id,
          trigger: run.trigger,
          dedupe_key: run.dedupe_key,
        })
        if (runId) {
          runs.push({ ...run, run_id: runId })
          runIds.push(runId)
        }
      }
      if (runs.length) {
        claimed.push({
          ticket: plan.ticket,
          last_message_author: plan.last_message_author,
          runs,
        })
      }
    }
    return new StepResponse(claimed, runIds)
  },
  async (runIds, { container }) => {
    if (!runIds?.length) {
      return
    }
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    await helpdesk.deleteHelpdeskAutomationRuns(runIds)
  }
)
