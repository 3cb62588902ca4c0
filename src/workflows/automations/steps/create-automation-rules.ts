import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import type { CreateAutomationRuleInput } from "../types"

export const createAutomationRulesStepId = "create-helpdesk-automation-rules"
/**
 * This step creates rules after the last one (highest position).
 */
export const createAutomationRulesStep = createStep(
  createAutomationRulesStepId,
  async ({ rules }: { rules: CreateAutomationRuleInput[] }, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const [last] = await helpdesk.listHelpdeskAutomationRules(
      {},
      { select: ["id", "position"], order: { position: "DESC" }, take: 1 }
    )
    const first = last ? last.position + 1 : 0
    const created = await helpdesk.createHelpdeskAutomationRules(
      rules.map((rule, i) => ({
        ...rule,
        delay_minutes: rule.delay_minutes ?? null,
        position: first + i,
        // json columns are typed as objects; conditions and actions are plain JSON
        conditions: rule.conditions as unknown as Record<string, unknown>,
        actions: rule.actions as unknown as Record<string, unknown>,
      }))
    )
    return new StepResponse(
      created,
      created.map((r) => r.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    await helpdesk.deleteHelpdeskAutomationRules(ids)
  }
)
