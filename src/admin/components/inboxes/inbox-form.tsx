import { Input, toast } from "@medusajs/ui"
import { useCallback, useState } from "react"
import type {
  AdminCreateHelpdeskInbox,
  AdminHelpdeskInbox,
} from "../../lib/settings-types"
import { FormField } from "../form-field"

export type InboxFormValues = { name: string }
type InboxFormErrors = Partial<Record<keyof InboxFormValues, string>>

export const emptyInboxFormValues = (): InboxFormValues => ({ name: "" })

export const inboxToFormValues = (
  inbox: AdminHelpdeskInbox
): InboxFormValues => ({ name: inbox.name })

const validate = (values: InboxFormValues): InboxFormErrors => {
  const name = values.name.trim()
  if (!name) {
    return { name: "Give the inbox a name." }
  }
  if (name.length > 120) {
    return { name: "Keep the name to 120 characters or fewer." }
  }
  return {}
}

/** State and submission of the inbox form; a refusal shows next to the name and as a toast. */
export const useInboxForm = (initial: InboxFormValues) => {
  const [values, setValues] = useState(initial)
  const [errors, setErrors] = useState<InboxFormErrors>({})

  const isDirty = values.name.trim() !== initial.name.trim()

  const setField = useCallback(
    <K extends keyof InboxFormValues>(field: K, value: InboxFormValues[K]) => {
      setValues((current) => ({ ...current, [field]: value }))
      setErrors((current) => ({ ...current, [field]: undefined }))
    },
    []
  )

  const submit = async (
    send: (body: AdminCreateHelpdeskInbox) => Promise<unknown>
  ) => {
    const found = validate(values)
    setErrors(found)
    if (found.name) {
      return false
    }
    try {
      await send({ name: values.name.trim() })
      return true
    } catch (e) {
      const message = (
        e instanceof Error ? e.message : "The inbox could not be saved."
      ).replace(/^invalid request:\s*/i, "")
      setErrors({ name: message })
      toast.error(message)
      return false
    }
  }

  return { values, errors, setField, submit, isDirty }
}

type InboxFormFieldsProps = {
  values: InboxFormValues
  errors: InboxFormErrors
  setField: ReturnType<typeof useInboxForm>["setField"]
}

export const InboxFormFields = ({
  values,
  errors,
  setField,
}: InboxFormFieldsProps) => (
  <FormField
    id="inbox-name"
    label="Name"
    hint="Agents see it in the inbox sidebar, e.g. Returns or Wholesale."
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
