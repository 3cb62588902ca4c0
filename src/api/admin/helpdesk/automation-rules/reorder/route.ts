import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { resolveRuleAccess } from "../../../../../workflows/automations/utils/rule-access"
import { reorderAutomationRulesWorkflow } from "../../../../../workflows/automations/workflows/reorder-automation-rules"
import { listAllRules, withLastRun } from "../helpers"
import type { AdminReorderAutomationRulesType } from "../validators"

/** Sets the order the rules run in; answers the user's rules in their new order. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminReorderAutomationRulesType>,
  res: MedusaResponse
) => {
  await reorderAutomationRulesWorkflow(req.scope).run({
    input: { ids: req.validatedBody.ids, user_id: req.auth_context.actor_id },
  })
  const access = await resolveRuleAccess(req.scope, req.auth_context.actor_id)
  const rules = (await listAllRules(req.scope)).filter((r) =>
    access.canManage(r)
  )
  res.json({ automation_rules: await withLastRun(req.scope, rules) })
}
