import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { assertRuleManageable } from "../../../../../workflows/automations/utils/rule-access"
import { deleteAutomationRuleWorkflow } from "../../../../../workflows/automations/workflows/delete-automation-rule"
import { updateAutomationRuleWorkflow } from "../../../../../workflows/automations/workflows/update-automation-rule"
import { refetchAutomationRule } from "../helpers"
import type { AdminUpdateAutomationRuleType } from "../validators"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  await assertRuleManageable(
    req.scope,
    req.auth_context.actor_id,
    req.params.id
  )
  res.json({
    automation_rule: await refetchAutomationRule(req.scope, req.params.id),
  })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateAutomationRuleType>,
  res: MedusaResponse
) => {
  await updateAutomationRuleWorkflow(req.scope).run({
    input: {
      rule: { ...req.validatedBody, id: req.params.id },
      user_id: req.auth_context.actor_id,
    },
  })
  res.json({
    automation_rule: await refetchAutomationRule(req.scope, req.params.id),
  })
}

export const DELETE = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  await deleteAutomationRuleWorkflow(req.scope).run({
    input: { id: req.params.id, user_id: req.auth_context.actor_id },
  })
  res.json({ id: req.params.id, object: "automation_rule", deleted: true })
}
