import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import { missingIds, quoteIds } from "../../common/utils/ids"

export type ValidateTeamsExistStepInput = { ids: string[] }

export const validateTeamsExistStepId = "validate-helpdesk-teams-exist"
/**
 * This step fails with a not-found error when one of the teams does not exist.
 */
export const validateTeamsExistStep = createStep(
  validateTeamsExistStepId,
  async ({ ids }: ValidateTeamsExistStepInput, { container }) => {
    const wanted = [...new Set(ids)]
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const teams = await helpdesk.listHelpdeskTeams(
      { id: wanted },
      { select: ["id"] }
    )
    const missing = missingIds(wanted, teams)

    if (missing.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Team ${quoteIds(missing)} was not found.`
      )
    }
  }
)
