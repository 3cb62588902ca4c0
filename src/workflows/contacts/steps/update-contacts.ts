import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import type { UpdateContactInput } from "../types"

export type UpdateContactsStepInput = { contacts: UpdateContactInput[] }

export const updateContactsStepId = "update-helpdesk-contacts"
/**
 * This step updates contacts, keeping their previous values to restore them.
 */
export const updateContactsStep = createStep(
  updateContactsStepId,
  async ({ contacts }: UpdateContactsStepInput, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const touched = [...new Set(contacts.flatMap((t) => Object.keys(t)))]
    const before = await helpdesk.listHelpdeskContacts(
      { id: contacts.map((t) => t.id) },
      { select: touched as never[] }
    )
    // Only the touched columns were selected, so the snapshot restores exactly what changes.
    const snapshot = before as unknown as UpdateContactInput[]

    const updated = await helpdesk.updateHelpdeskContacts(contacts)
    return new StepResponse(updated, snapshot)
  },
  async (before, { container }) => {
    if (!before?.length) {
      return
    }
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    await helpdesk.updateHelpdeskContacts(before)
  }
)
