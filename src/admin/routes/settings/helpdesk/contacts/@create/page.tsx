import { Button, FocusModal, Heading, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import {
  RouteFocusModal,
  useRouteModal,
} from "../../../../../components/modals/route-modal"
import {
  emptyContactFormValues,
  ContactFormFields,
  useContactForm,
} from "../../../../../components/contacts/contact-form"
import { useCreateContact } from "../../../../../hooks/api/contacts"

const CreateContactForm = () => {
  const { handleSuccess, setDirty } = useRouteModal()
  const [initial] = useState(emptyContactFormValues)
  const { values, errors, setField, submit, isDirty } = useContactForm(initial)
  const { mutateAsync, isPending } = useCreateContact()

  useEffect(() => setDirty(isDirty), [isDirty, setDirty])

  const onSubmit = async () => {
    let name = ""
    const saved = await submit(async (body) => {
      const { contact } = await mutateAsync(body)
      name = contact.name || contact.email
    })
    if (saved) {
      toast.success(`Contact ${name} was created.`)
      handleSuccess()
    }
  }

  return (
    <form
      noValidate
      className="flex size-full flex-col overflow-hidden"
      onSubmit={(event) => {
        event.preventDefault()
        void onSubmit()
      }}
    >
      <FocusModal.Header />
      <FocusModal.Body className="flex flex-1 justify-center overflow-y-auto px-6 py-16">
        <div className="flex w-full max-w-[560px] flex-col gap-y-8">
          <div className="flex flex-col gap-y-1">
            <FocusModal.Title asChild>
              <Heading>Create contact</Heading>
            </FocusModal.Title>
            <FocusModal.Description asChild>
              <Text size="small" className="text-ui-fg-subtle">
                Keep a note about someone who writes to you, or block an address
                that should not start chats.
              </Text>
            </FocusModal.Description>
          </div>
          <ContactFormFields
            values={values}
            errors={errors}
            setField={setField}
            emailEditable
          />
        </div>
      </FocusModal.Body>
      <FocusModal.Footer>
        <FocusModal.Close asChild>
          <Button size="small" variant="secondary" type="button">
            Cancel
          </Button>
        </FocusModal.Close>
        <Button size="small" type="submit" isLoading={isPending}>
          Save
        </Button>
      </FocusModal.Footer>
    </form>
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
