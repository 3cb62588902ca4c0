import { Input } from "@medusajs/ui"
import { FormErrors, useResourceForm } from "../../lib/resource-form"
import type {
  AdminCreateHelpdeskInbox,
  AdminHelpdeskInbox,
} from "../../lib/settings-types"
import { FormField } from "../form-field"
import { useTranslation } from "react-i18next"
import { translate } from "../../lib/locale"

export type InboxFormValues = { name: string }
type InboxFormErrors = FormErrors<InboxFormValues>

export const emptyInboxFormValues = (): InboxFormValues => ({ name: "" })

export const inboxToFormValues = (
  inbox: AdminHelpdeskInbox
): InboxFormValues => ({ name: inbox.name })

const validate = (values: InboxFormValues): InboxFormErrors => {
  const name = values.name.trim()
  if (!name) {
    return { name: translate("helpdesk.inboxes.giveTheInboxA") }
  }
  if (name.length > 120) {
    return { name: translate("helpdesk.inboxes.keepTheNameTo") }
  }
  return {}
}

const INBOX_FORM = {
  toPayload: (values: InboxFormValues): AdminCreateHelpdeskInbox => ({
    name: values.name.trim(),
  }),
  validate,
  fieldOf: () => "name" as const,
  fallbackMessage: "helpdesk.inboxes.theInboxCouldNot",
}

/** State and submission of the inbox form; a refusal shows next to the name and as a toast. */
export const useInboxForm = (initial: InboxFormValues) =>
  useResourceForm(initial, INBOX_FORM)

type InboxFormFieldsProps = {
  values: InboxFormValues
  errors: InboxFormErrors
  setField: ReturnType<typeof useInboxForm>["setField"]
}

export const InboxFormFields = ({
  values,
  errors,
  setField,
}: InboxFormFieldsProps) => {
  const { t } = useTranslation()
  return (
    <FormField
      id="inbox-name"
      label={t("helpdesk.inboxes.name")}
      hint={t("helpdesk.inboxes.agentsSeeItIn")}
      error={errors.name}
    >
      <Input
        id="inbox-name"
        autoFocus
        maxLength={120}
        aria-invalid={!!errors.name}
        value={values.name}
        onChange={(event) => setField("name", event.target.value)}
      />
    </FormField>
  )
}
