import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

/** A rule's columns to write; `position` is changed by reordering. */
export type AutomationRuleColumns = {
  id: string
  name?: string
  enabled?: boolean
  trigger?: string
  delay_minutes?: number | null
  conditions?: unknown
  actions?: unknown
  stop_processing?: boolean
  position?: number
}

type Writable = Parameters<
  HelpdeskModuleService["updateHelpdeskAutomationRules"]
>[0]

export const updateAutomationRulesStepId = "update-helpdesk-automation-rules"
/**
 * This step updates rules, keeping the previous values of the changed fields to restore them.
 */
export const updateAutomationRulesStep = createStep(
  updateAutomationRulesStepId,
  async ({ rules }: { rules: AutomationRuleColumns[] }, { container }) => {
    if (!rules.length) {
      return new StepResponse([], [] as AutomationRuleColumns[])
    }
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const touched = [...new Set(rules.flatMap((r) => Object.keys(r)))]
    const before = await helpdesk.listHelpdeskAutomationRules(
      { id: rules.map((r) => r.id) },
      { select: touched as never[] }
    )
    // Only the touched columns were selected, so the snapshot restores exactly what changes.
    const snapshot = before as unknown as AutomationRuleColumns[]
    const updated = await helpdesk.updateHelpdeskAutomationRules(
      rules as unknown as Writable
    )
    return new StepResponse(updated, snapshot)
  },
  async (before, { container }) => {
    if (!before?.length) {
      return
    }
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    await helpdesk.updateHelpdeskAutomationRules(before as unknown as Writable)
  }
)
