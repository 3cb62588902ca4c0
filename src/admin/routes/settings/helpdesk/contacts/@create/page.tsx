import { useState } from "react"
import {
  ContactFormFields,
  emptyContactFormValues,
  useContactForm,
} from "../../../../../components/contacts/contact-form"
import {
  CreateModalForm,
  useRouteModalForm,
} from "../../../../../components/modals/route-form"
import { RouteFocusModal } from "../../../../../components/modals/route-modal"
import { useCreateContact } from "../../../../../hooks/api/contacts"
import { useTranslation } from "react-i18next"

const CreateContactForm = () => {
  const { t } = useTranslation()
  const [initial] = useState(emptyContactFormValues)
  const { values, errors, setField, submit, isDirty } = useContactForm(initial)
  const { mutateAsync, isPending } = useCreateContact()
  const done = useRouteModalForm(isDirty)

  const onSubmit = async () => {
    let name = ""
    const saved = await submit(async (body) => {
      const { contact } = await mutateAsync(body)
      name = contact.name || contact.email
    })
    if (saved) {
      done(t("helpdesk.contacts.contactWasCreated", { name }))
    }
  }

  return (
    <CreateModalForm
      title={t("helpdesk.contacts.createContact")}
      description={t("helpdesk.contacts.keepANoteAbout")}
      onSubmit={onSubmit}
      isPending={isPending}
    >
      <ContactFormFields
        values={values}
        errors={errors}
        setField={setField}
        emailEditable
      />
    </CreateModalForm>
  )
}

const CreateContactPage = () => {
  return (
    <RouteFocusModal>
      <CreateContactForm />
    </RouteFocusModal>
  )
}

export default CreateContactPage
