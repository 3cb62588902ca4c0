import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import type {
  PlannedAutomationRun,
  PrepareAutomationRunsStepOutput,
} from "./prepare-automation-runs"

export type ClaimedAutomationRun = PlannedAutomationRun & { run_id: string }

export const claimAutomationRunsStepId = "claim-helpdesk-automation-runs"
/**
 * This step records each matched rule as a run of the ticket, once per dedupe key (rule,
 * trigger, ticket and event): a run already recorded for the key means a retried event, and
 * that rule is left out, so its actions are never applied twice. Compensation removes the
 * runs it recorded.
 */
export const claimAutomationRunsStep = createStep(
  claimAutomationRunsStepId,
  async (plan: PrepareAutomationRunsStepOutput, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const claimed: ClaimedAutomationRun[] = []
    if (plan.ticket) {
      for (const run of plan.runs) {
        const runId = await helpdesk.claimAutomationRun({
          rule_id: run.rule_id,
          ticket_id: plan.ticket.id,
          trigger: run.trigger,
          dedupe_key: run.dedupe_key,
        })
        if (runId) {
          claimed.push({ ...run, run_id: runId })
        }
      }
    }
    return new StepResponse(
      claimed,
      claimed.map((c) => c.run_id)
    )
  },
  async (runIds, { container }) => {
    if (!runIds?.length) {
      return
    }
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    await helpdesk.deleteHelpdeskAutomationRuns(runIds)
  }
)
