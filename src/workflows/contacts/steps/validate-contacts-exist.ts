import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import { missingIds, quoteIds } from "../../common/utils/ids"

export type ValidateContactsExistStepInput = { ids: string[] }

export const validateContactsExistStepId = "validate-helpdesk-contacts-exist"
/**
 * This step fails with a not-found error when one of the contacts does not exist.
 */
export const validateContactsExistStep = createStep(
  validateContactsExistStepId,
  async ({ ids }: ValidateContactsExistStepInput, { container }) => {
    const wanted = [...new Set(ids)]
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const contacts = await helpdesk.listHelpdeskContacts(
      { id: wanted },
      { select: ["id"] }
    )
    const missing = missingIds(wanted, contacts)

    if (missing.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Contact ${quoteIds(missing)} was not found.`
      )
    }
  }
)
