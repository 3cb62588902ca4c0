import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import { missingIds, quoteIds } from "../../common/utils/ids"

export type ValidateTagsExistStepInput = { ids: string[] }

export const validateTagsExistStepId = "validate-helpdesk-tags-exist"
/**
 * This step fails with a not-found error when one of the tags does not exist.
 */
export const validateTagsExistStep = createStep(
  validateTagsExistStepId,
  async ({ ids }: ValidateTagsExistStepInput, { container }) => {
    const wanted = [...new Set(ids)]
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const tags = await helpdesk.listHelpdeskTags(
      { id: wanted },
      { select: ["id"] }
    )
    const missing = missingIds(wanted, tags)

    if (missing.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Tag ${quoteIds(missing)} was not found.`
      )
    }
  }
)
