import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import type { AutomationActionOutcome } from "../../../types/automation"
import { applyRuleActions } from "../utils/apply-actions"
import type { ClaimedTicketAutomations } from "./claim-automation-runs"

export type ApplyAutomationActionsStepInput = {
  tickets: ClaimedTicketAutomations[]
}

export type AppliedAutomationRun = {
  run_id: string
  ticket_id: string
  rule_id: string
  actions_applied: AutomationActionOutcome[]
  error: string | null
}

export const applyAutomationActionsStepId = "apply-helpdesk-automation-actions"
/**
 * This step applies the claimed rules' actions, ticket after ticket and rule after rule, each
 * through its own workflow
 * (ticket update, message, BaseLinker status, e-mail), and writes what happened to each run.
 * Messages, e-mails and BaseLinker changes cannot be taken back, so it has no compensation,
 * runs last and never fails: an action's error is written to its run.
 */
export const applyAutomationActionsStep = createStep(
  applyAutomationActionsStepId,
  async ({ tickets }: ApplyAutomationActionsStepInput, { container }) => {
    const applied: AppliedAutomationRun[] = []
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    for (const { ticket, last_message_author, runs } of tickets) {
      for (const run of runs) {
        let outcomes: AutomationActionOutcome[]
        try {
          outcomes = await applyRuleActions(
            {
              container,
              ticket,
              rule_name: run.rule_name,
              run_id: run.run_id,
              last_message_author,
            },
            run.actions
          )
        } catch (error) {
          outcomes = [
            {
              type: run.actions[0]?.type ?? "add_note",
              status: "failed",
              detail: error instanceof Error ? error.message : String(error),
            },
          ]
        }
        const failed = outcomes.filter((o) => o.status === "failed")
        const error = failed.length
          ? failed.map((o) => `${o.type}: ${o.detail ?? "failed"}`).join("; ")
          : null
        try {
          await helpdesk.updateHelpdeskAutomationRuns({
            id: run.run_id,
            // a json column is typed as an object; the outcomes are a list
            actions_applied: outcomes as unknown as Record<string, unknown>,
            error,
          })
        } catch (err) {
          container
            .resolve(ContainerRegistrationKeys.LOGGER)
            .warn(
              `Automations: the run ${run.run_id} of rule ${run.rule_id} could not be recorded: ${err instanceof Error ? err.message : String(err)}`
            )
        }
        applied.push({
          run_id: run.run_id,
          ticket_id: ticket.id,
          rule_id: run.rule_id,
          actions_applied: outcomes,
          error,
        })
      }
    }
    return new StepResponse(applied)
  }
)
