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

const CreateContactForm = () => {
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
      done(`Contact ${name} was created.`)
    }
  }

  return (
    <CreateModalForm
      title="Create contact"
      description="Keep a note about someone who writes to you, or block an address that should not start chats."
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
