import type { MedusaContainer } from "@medusajs/framework/types"
import { HELPDESK_MODULE } from "../../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../../modules/helpdesk/service"
import { automationRuleNotFound } from "../../../../workflows/automations/utils/rule-access"

export const AUTOMATION_RULE_FIELDS = [
  "id",
  "name",
  "enabled",
  "position",
  "trigger",
  "delay_minutes",
  "conditions",
  "actions",
  "stop_processing",
  "created_at",
  "updated_at",
] as const

type RuleRecord = Record<(typeof AUTOMATION_RULE_FIELDS)[number], unknown> & {
  id: string
}

/** Rules as the API answers them: with `last_run_at`, the time of their latest run or null. */
export async function withLastRun(
  scope: MedusaContainer,
  rules: RuleRecord[]
): Promise<Record<string, unknown>[]> {
  const helpdesk = scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const last = await helpdesk.listLastAutomationRunAt(rules.map((r) => r.id))
  return rules.map((rule) => ({
    ...Object.fromEntries(AUTOMATION_RULE_FIELDS.map((f) => [f, rule[f]])),
    last_run_at: last.get(rule.id) ?? null,
  }))
}

/** Every rule, in the order they run. */
export async function listAllRules(
  scope: MedusaContainer
): Promise<RuleRecord[]> {
  const helpdesk = scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  return (await helpdesk.listHelpdeskAutomationRules(
    {},
    {
      select: [...AUTOMATION_RULE_FIELDS],
      order: { position: "ASC", created_at: "ASC" },
    }
  )) as unknown as RuleRecord[]
}

/** One rule as the API answers it, or its 404. */
export async function refetchAutomationRule(
  scope: MedusaContainer,
  id: string
): Promise<Record<string, unknown>> {
  const helpdesk = scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const [rule] = await helpdesk.listHelpdeskAutomationRules(
    { id },
    { select: [...AUTOMATION_RULE_FIELDS], take: 1 }
  )
  if (!rule) {
    throw automationRuleNotFound(id)
  }
  const [answer] = await withLastRun(scope, [rule as unknown as RuleRecord])
  return answer
}
