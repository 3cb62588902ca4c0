import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { resolveRuleAccess } from "../../../../workflows/automations/utils/rule-access"
import { createAutomationRuleWorkflow } from "../../../../workflows/automations/workflows/create-automation-rule"
import { listAllRules, refetchAutomationRule, withLastRun } from "./helpers"
import type {
  AdminCreateAutomationRuleType,
  AdminGetAutomationRulesParamsType,
} from "./validators"

/** The rules the user may manage, in the order they run. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetAutomationRulesParamsType>,
  res: MedusaResponse
) => {
  const { limit, offset } =
    req.validatedQuery as unknown as AdminGetAutomationRulesParamsType
  const access = await resolveRuleAccess(req.scope, req.auth_context.actor_id)
  const visible = (await listAllRules(req.scope)).filter((r) =>
    access.canManage(r)
  )
  const page = visible.slice(offset, offset + limit)
  res.json({
    automation_rules: await withLastRun(req.scope, page),
    count: visible.length,
    offset,
    limit,
  })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateAutomationRuleType>,
  res: MedusaResponse
) => {
  const { result } = await createAutomationRuleWorkflow(req.scope).run({
    input: { rule: req.validatedBody, user_id: req.auth_context.actor_id },
  })
  res.json({
    automation_rule: await refetchAutomationRule(req.scope, result.id),
  })
}
