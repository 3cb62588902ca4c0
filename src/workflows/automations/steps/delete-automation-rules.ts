import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export const deleteAutomationRulesStepId = "delete-helpdesk-automation-rules"
/**
 * This step soft-deletes rules; their runs stay in the tickets' logs. Compensation restores them.
 */
export const deleteAutomationRulesStep = createStep(
  deleteAutomationRulesStepId,
  async ({ ids }: { ids: string[] }, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    await helpdesk.softDeleteHelpdeskAutomationRules(ids)
    return new StepResponse(undefined, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    await helpdesk.restoreHelpdeskAutomationRules(ids)
  }
)
