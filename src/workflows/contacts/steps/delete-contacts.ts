import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export type DeleteContactsStepInput = { ids: string[] }

export const deleteContactsStepId = "delete-helpdesk-contacts"
/**
 * This step soft-deletes contacts; compensation restores them.
 */
export const deleteContactsStep = createStep(
  deleteContactsStepId,
  async ({ ids }: DeleteContactsStepInput, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    await helpdesk.softDeleteHelpdeskContacts(ids)
    return new StepResponse(undefined, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    await helpdesk.restoreHelpdeskContacts(ids)
  }
)
