import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export type ValidateInboxesExistStepInput = { ids: string[] }

export const validateInboxesExistStepId = "validate-helpdesk-inboxes-exist"
/**
 * This step fails with a not-found error when one of the inboxes does not exist.
 */
export const validateInboxesExistStep = createStep(
  validateInboxesExistStepId,
  async ({ ids }: ValidateInboxesExistStepInput, { container }) => {
    const wanted = [...new Set(ids)]
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const inboxes = await helpdesk.listHelpdeskInboxes(
      { id: wanted },
      { select: ["id"] }
    )
    const found = new Set(inboxes.map((t) => t.id))
    const missing = wanted.filter((id) => !found.has(id))

    if (missing.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Inbox ${missing.map((id) => `"${id}"`).join(", ")} was not found.`
      )
    }
  }
)
