import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { assertRuleManageable } from "../../../../../../workflows/automations/utils/rule-access"
import { testAutomationRule } from "../../../../../../workflows/automations/utils/test-rule"
import { assertTicketAccess } from "../../../tickets/helpers"
import type { AdminTestAutomationRuleType } from "../../validators"

/**
 * Evaluates the rule against a ticket now and answers which conditions hold and what the rule
 * would do. Nothing is changed or recorded.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminTestAutomationRuleType>,
  res: MedusaResponse
) => {
  const userId = req.auth_context.actor_id
  await assertRuleManageable(req.scope, userId, req.params.id)
  await assertTicketAccess(req.scope, userId, req.validatedBody.ticket_id)
  res.json(
    await testAutomationRule(
      req.scope,
      req.params.id,
      req.validatedBody.ticket_id
    )
  )
}
