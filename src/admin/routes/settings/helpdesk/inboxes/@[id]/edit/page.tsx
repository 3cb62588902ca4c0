import { Button, Drawer, Heading, Skeleton, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useParams } from "react-router-dom"
import {
  RouteDrawer,
  useRouteModal,
} from "../../../../../../components/modals/route-modal"
import {
  InboxFormFields,
  inboxToFormValues,
  useInboxForm,
} from "../../../../../../components/inboxes/inbox-form"
import { useInbox, useUpdateInbox } from "../../../../../../hooks/api/inboxes"
import type { AdminHelpdeskInbox } from "../../../../../../lib/settings-types"

const EditInboxForm = ({ inbox }: { inbox: AdminHelpdeskInbox }) => {
  const { handleSuccess, setDirty } = useRouteModal()
  const [initial] = useState(() => inboxToFormValues(inbox))
  const { values, errors, setField, submit, isDirty } = useInboxForm(initial)
  const { mutateAsync, isPending } = useUpdateInbox(inbox.id)

  useEffect(() => setDirty(isDirty), [isDirty, setDirty])

  const onSubmit = async () => {
    const saved = await submit((body) => mutateAsync(body))
    if (saved) {
      toast.success(`Inbox "${values.name.trim()}" was saved.`)
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
        <InboxFormFields values={values} errors={errors} setField={setField} />
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

const EditInboxPage = () => {
  const { id = "" } = useParams()
  const { inbox, isPending, isError, error } = useInbox(id)

  return (
    <RouteDrawer>
      <Drawer.Header>
        <Drawer.Title asChild>
          <Heading>Edit inbox</Heading>
        </Drawer.Title>
        {inbox && (
          <Text size="small" className="text-ui-fg-subtle">
            {inbox.name}
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
            The inbox could not be loaded: {error?.message}
          </Text>
        </Drawer.Body>
      )}
      {inbox && <EditInboxForm key={inbox.id} inbox={inbox} />}
    </RouteDrawer>
  )
}

export default EditInboxPage
