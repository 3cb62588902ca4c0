import { useState } from "react"
import { useParams } from "react-router-dom"
import {
  ContactFormFields,
  contactToFormValues,
  useContactForm,
} from "../../../../../../components/contacts/contact-form"
import {
  EditDrawerForm,
  EditRouteDrawer,
  useRouteModalForm,
} from "../../../../../../components/modals/route-form"
import {
  useContact,
  useUpdateContact,
} from "../../../../../../hooks/api/contacts"
import type { AdminHelpdeskContact } from "../../../../../../lib/settings-types"
import { useTranslation } from "react-i18next"

const EditContactForm = ({ contact }: { contact: AdminHelpdeskContact }) => {
  const { t } = useTranslation()
  const [initial] = useState(() => contactToFormValues(contact))
  const { values, errors, setField, submit, isDirty } = useContactForm(initial)
  const { mutateAsync, isPending } = useUpdateContact(contact.id)
  const done = useRouteModalForm(isDirty)

  const onSubmit = async () => {
    if (await submit((body) => mutateAsync(body))) {
      done(
        t("helpdesk.contacts.contactWasSaved", {
          value: values.name.trim() || contact.email,
        })
      )
    }
  }

  return (
    <EditDrawerForm onSubmit={onSubmit} isPending={isPending}>
      <ContactFormFields
        values={values}
        errors={errors}
        setField={setField}
        emailEditable={false}
      />
    </EditDrawerForm>
  )
}

const EditContactPage = () => {
  const { t } = useTranslation()
  const { id = "" } = useParams()
  const { contact, isPending, isError, error } = useContact(id)

  return (
    <EditRouteDrawer
      title={t("helpdesk.contacts.editContact")}
      subtitle={contact?.email}
      noun="helpdesk.nouns.contact"
      isPending={isPending}
      isError={isError}
      error={error}
    >
      {contact && <EditContactForm key={contact.id} contact={contact} />}
    </EditRouteDrawer>
  )
}

export default EditContactPage
