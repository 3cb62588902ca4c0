import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export type CreateTicketContactStepInput = {
  email: string
  name: string | null
}

export const createTicketContactStepId = "create-helpdesk-ticket-contact"
/**
 * This step creates the contact for a ticket's sender; compensation removes it.
 */
export const createTicketContactStep = createStep(
  createTicketContactStepId,
  async (data: CreateTicketContactStepInput, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const contact = await helpdesk.createHelpdeskContacts(data)
    return new StepResponse(contact, contact.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    await helpdesk.deleteHelpdeskContacts([id])
  }
)
