import { Input, Label, Switch, Text, Textarea } from "@medusajs/ui"
import { FormErrors, useResourceForm } from "../../lib/resource-form"
import type {
  AdminCreateHelpdeskContact,
  AdminHelpdeskContact,
} from "../../lib/settings-types"
import { FormField } from "../form-field"
import { useTranslation } from "react-i18next"
import { translate } from "../../lib/locale"

export type ContactFormValues = {
  email: string
  name: string
  note: string
  blocked: boolean
}
type ContactFormErrors = FormErrors<ContactFormValues>

// Deliberately loose: the server has the final word, this only catches typos.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export const emptyContactFormValues = (): ContactFormValues => ({
  email: "",
  name: "",
  note: "",
  blocked: false,
})

export const contactToFormValues = (
  contact: AdminHelpdeskContact
): ContactFormValues => ({
  email: contact.email,
  name: contact.name ?? "",
  note: contact.note ?? "",
  blocked: contact.blocked,
})

const toPayload = (values: ContactFormValues): AdminCreateHelpdeskContact => ({
  email: values.email.trim().toLowerCase(),
  name: values.name.trim() || null,
  note: values.note.trim() || null,
  blocked: values.blocked,
})

const validate = (values: ContactFormValues): ContactFormErrors => {
  const errors: ContactFormErrors = {}
  if (!EMAIL.test(values.email.trim())) {
    errors.email = translate("helpdesk.contacts.writeAnEMail")
  }
  if (values.name.trim().length > 200) {
    errors.name = translate("helpdesk.contacts.keepTheNameTo")
  }
  if (values.note.trim().length > 5000) {
    errors.note = translate("helpdesk.contacts.keepTheNoteTo")
  }
  return errors
}

const fieldOf = (message: string): keyof ContactFormValues => {
  if (/e-?mail/i.test(message)) {
    return "email"
  }
  if (/note/i.test(message)) {
    return "note"
  }
  if (/blocked/i.test(message)) {
    return "blocked"
  }
  return "name"
}

const CONTACT_FORM = {
  toPayload,
  validate,
  fieldOf,
  fallbackMessage: "helpdesk.contacts.theContactCouldNot2",
}

/**
 * State and submission of the contact form. A refusal from the server (such as
 * an e-mail another contact has) is shown as a toast and next to its field.
 */
export const useContactForm = (initial: ContactFormValues) =>
  useResourceForm(initial, CONTACT_FORM)

type ContactFormFieldsProps = {
  values: ContactFormValues
  errors: ContactFormErrors
  setField: ReturnType<typeof useContactForm>["setField"]
  /** The e-mail identifies the contact; it is set once, when it is created. */
  emailEditable: boolean
}

export const ContactFormFields = ({
  values,
  errors,
  setField,
  emailEditable,
}: ContactFormFieldsProps) => {
  const { t } = useTranslation()
  return (
    <div className="flex flex-col gap-y-6">
      {emailEditable && (
        <FormField
          id="contact-email"
          label={t("helpdesk.contacts.eMail")}
          hint={t("helpdesk.contacts.savedInLowerCase")}
          error={errors.email}
        >
          <Input
            id="contact-email"
            type="email"
            autoFocus
            autoComplete="off"
            aria-invalid={!!errors.email}
            value={values.email}
            onChange={(event) => setField("email", event.target.value)}
          />
        </FormField>
      )}
      <FormField
        id="contact-name"
        label={t("helpdesk.contacts.name")}
        optional
        error={errors.name}
      >
        <Input
          id="contact-name"
          autoFocus={!emailEditable}
          maxLength={200}
          aria-invalid={!!errors.name}
          value={values.name}
          onChange={(event) => setField("name", event.target.value)}
        />
      </FormField>
      <FormField
        id="contact-note"
        label={t("helpdesk.contacts.note")}
        optional
        hint={t("helpdesk.contacts.onlyAgentsSeeIt")}
        error={errors.note}
      >
        <Textarea
          id="contact-note"
          rows={4}
          maxLength={5000}
          aria-invalid={!!errors.note}
          value={values.note}
          onChange={(event) => setField("note", event.target.value)}
        />
      </FormField>
      <div className="flex items-start gap-x-3 rounded-lg border px-4 py-3">
        <Switch
          id="contact-blocked"
          checked={values.blocked}
          onCheckedChange={(checked) => setField("blocked", checked)}
        />
        <div className="flex flex-col gap-y-0.5">
          <Label htmlFor="contact-blocked" size="small" weight="plus">
            {t("helpdesk.contacts.blocked")}
          </Label>
          <Text size="small" className="text-ui-fg-subtle">
            {t("helpdesk.contacts.aBlockedContactCannot")}
          </Text>
          {errors.blocked && (
            <Text size="small" className="text-ui-fg-error">
              {errors.blocked}
            </Text>
          )}
        </div>
      </div>
    </div>
  )
}
