import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import type { CreateContactInput } from "../types"

export type CreateContactsStepInput = { contacts: CreateContactInput[] }

export const createContactsStepId = "create-helpdesk-contacts"
/**
 * This step creates contacts.
 */
export const createContactsStep = createStep(
  createContactsStepId,
  async ({ contacts }: CreateContactsStepInput, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const created = await helpdesk.createHelpdeskContacts(contacts)
    return new StepResponse(
      created,
      created.map((t) => t.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    await helpdesk.deleteHelpdeskContacts(ids)
  }
)
