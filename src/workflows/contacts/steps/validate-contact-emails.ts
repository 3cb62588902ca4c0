import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export type ValidateContactEmailsStepInput = {
  /** Contacts about to get these (lower-cased) e-mails; `id` is set for a contact being changed. */
  contacts: { id?: string; email?: string }[]
}

export const validateContactEmailsStepId = "validate-helpdesk-contact-emails"
/**
 * This step checks that no two contacts would share an e-mail address.
 */
export const validateContactEmailsStep = createStep(
  validateContactEmailsStepId,
  async ({ contacts }: ValidateContactEmailsStepInput, { container }) => {
    const withEmail = contacts.filter(
      (c): c is { id?: string; email: string } => typeof c.email === "string"
    )
    if (!withEmail.length) {
      return
    }

    const seen = new Set<string>()
    for (const { email } of withEmail) {
      if (seen.has(email)) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `The e-mail "${email}" is given twice; each contact needs its own e-mail address.`
        )
      }
      seen.add(email)
    }

    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const existing = await helpdesk.listHelpdeskContacts(
      { email: [...seen] },
      { select: ["id", "email"] }
    )
    for (const { id, email } of withEmail) {
      const other = existing.find((c) => c.email === email && c.id !== id)
      if (other) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `A contact with the e-mail "${email}" already exists; edit that contact instead.`
        )
      }
    }
  }
)
