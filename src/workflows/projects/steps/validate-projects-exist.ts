import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import { missingIds, quoteIds } from "../../common/utils/ids"

export type ValidateProjectsExistStepInput = { ids: string[] }

export const validateProjectsExistStepId = "validate-helpdesk-projects-exist"
/**
 * This step fails with a not-found error when one of the projects does not exist.
 */
export const validateProjectsExistStep = createStep(
  validateProjectsExistStepId,
  async ({ ids }: ValidateProjectsExistStepInput, { container }) => {
    const wanted = [...new Set(ids)]
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const projects = await helpdesk.listHelpdeskProjects(
      { id: wanted },
      { select: ["id"] }
    )
    const missing = missingIds(wanted, projects)

    if (missing.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Project ${quoteIds(missing)} was not found.`
      )
    }
  }
)
