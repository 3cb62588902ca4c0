import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import { quoteIds } from "../../common/utils/ids"
import { resolveRuleAccess } from "../utils/rule-access"

export type PrepareAutomationRulesOrderStepInput = {
  user_id: string
  /** every rule the user may manage, in the new order */
  ids: string[]
}

const invalid = (message: string) =>
  new MedusaError(MedusaError.Types.INVALID_DATA, message)

export const prepareAutomationRulesOrderStepId =
  "prepare-helpdesk-automation-rules-order"
/**
 * This step checks a new order and works out the positions. `ids` must hold every rule the user
 * may manage, each once. When that is every rule, positions become 0…n-1; otherwise the user's
 * rules trade the positions they hold among themselves, and the rules the user may not manage
 * keep theirs. It changes nothing itself.
 */
export const prepareAutomationRulesOrderStep = createStep(
  prepareAutomationRulesOrderStepId,
  async (
    { user_id, ids }: PrepareAutomationRulesOrderStepInput,
    { container }
  ) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const access = await resolveRuleAccess(container, user_id)
    const all = await helpdesk.listHelpdeskAutomationRules(
      {},
      {
        select: ["id", "position", "conditions"],
        order: { position: "ASC", created_at: "ASC" },
      }
    )
    const mine = all.filter((r) => access.canManage(r))
    const known = new Set(mine.map((r) => r.id))

    const repeated = ids.filter((id, i) => ids.indexOf(id) !== i)
    if (repeated.length) {
      throw invalid(
        `ids: ${quoteIds([...new Set(repeated)])} is given more than once; name each rule once.`
      )
    }
    const unknown = ids.filter((id) => !known.has(id))
    if (unknown.length) {
      throw invalid(
        `ids: ${quoteIds(unknown)} is not one of the automation rules.`
      )
    }
    const missing = mine.filter((r) => !ids.includes(r.id)).map((r) => r.id)
    if (missing.length) {
      throw invalid(
        `ids must name every automation rule; ${quoteIds(missing)} is missing.`
      )
    }

    const slots =
      mine.length === all.length
        ? mine.map((_, i) => i)
        : mine.map((r) => r.position)
    return new StepResponse({
      positions: ids.map((id, i) => ({ id, position: slots[i] })),
    })
  }
)
