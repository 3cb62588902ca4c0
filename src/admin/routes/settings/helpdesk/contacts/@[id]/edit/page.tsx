import { Button, Drawer, Heading, Skeleton, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useParams } from "react-router-dom"
import {
  RouteDrawer,
  useRouteModal,
} from "../../../../../../components/modals/route-modal"
import {
  ContactFormFields,
  contactToFormValues,
  useContactForm,
} from "../../../../../../components/contacts/contact-form"
import {
  useContact,
  useUpdateContact,
} from "../../../../../../hooks/api/contacts"
import type { AdminHelpdeskContact } from "../../../../../../lib/settings-types"

const EditContactForm = ({ contact }: { contact: AdminHelpdeskContact }) => {
  const { handleSuccess, setDirty } = useRouteModal()
  const [initial] = useState(() => contactToFormValues(contact))
  const { values, errors, setField, submit, isDirty } = useContactForm(initial)
  const { mutateAsync, isPending } = useUpdateContact(contact.id)

  useEffect(() => setDirty(isDirty), [isDirty, setDirty])

  const onSubmit = async () => {
    const saved = await submit((body) => mutateAsync(body))
    if (saved) {
      toast.success(`Contact ${values.name.trim() || contact.email} was saved.`)
      handleSuccess()
    }
  }

  return (
    <form
      noValidate
      className="flex flex-1 flex-col overflow-hidden"
      onSubmit={(event) => {
        event.preventDefault()
        void onSubmit()
      }}
    >
      <Drawer.Body className="flex-1 overflow-y-auto">
        <ContactFormFields
          values={values}
          errors={errors}
          setField={setField}
          emailEditable={false}
        />
      </Drawer.Body>
      <Drawer.Footer>
        <Drawer.Close asChild>
          <Button size="small" variant="secondary" type="button">
            Cancel
          </Button>
        </Drawer.Close>
        <Button size="small" type="submit" isLoading={isPending}>
          Save
        </Button>
      </Drawer.Footer>
    </form>
  )
}

const EditContactPage = () => {
  const { id = "" } = useParams()
  const { contact, isPending, isError, error } = useContact(id)

  return (
    <RouteDrawer>
      <Drawer.Header>
        <Drawer.Title asChild>
          <Heading>Edit contact</Heading>
        </Drawer.Title>
        {contact && (
          <Text size="small" className="text-ui-fg-subtle">
            {contact.email}
          </Text>
        )}
      </Drawer.Header>
      {isPending && (
        <Drawer.Body className="flex flex-col gap-y-4">
          <Skeleton className="h-8 w-full" />
          <Skeleton className="h-8 w-full" />
        </Drawer.Body>
      )}
      {isError && (
        <Drawer.Body>
          <Text size="small" className="text-ui-fg-error">
            The contact could not be loaded: {error?.message}
          </Text>
        </Drawer.Body>
      )}
      {contact && <EditContactForm key={contact.id} contact={contact} />}
    </RouteDrawer>
  )
}

export default EditContactPage
