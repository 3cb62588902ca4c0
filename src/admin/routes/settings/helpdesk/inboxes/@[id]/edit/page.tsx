import { useState } from "react"
import { useParams } from "react-router-dom"
import {
  EditDrawerForm,
  EditRouteDrawer,
  useRouteModalForm,
} from "../../../../../../components/modals/route-form"
import {
  InboxFormFields,
  inboxToFormValues,
  useInboxForm,
} from "../../../../../../components/inboxes/inbox-form"
import { useInbox, useUpdateInbox } from "../../../../../../hooks/api/inboxes"
import type { AdminHelpdeskInbox } from "../../../../../../lib/settings-types"

const EditInboxForm = ({ inbox }: { inbox: AdminHelpdeskInbox }) => {
  const [initial] = useState(() => inboxToFormValues(inbox))
  const { values, errors, setField, submit, isDirty } = useInboxForm(initial)
  const { mutateAsync, isPending } = useUpdateInbox(inbox.id)
  const done = useRouteModalForm(isDirty)

  const onSubmit = async () => {
    if (await submit((body) => mutateAsync(body))) {
      done(`Inbox "${values.name.trim()}" was saved.`)
    }
  }

  return (
    <EditDrawerForm onSubmit={onSubmit} isPending={isPending}>
      <InboxFormFields values={values} errors={errors} setField={setField} />
    </EditDrawerForm>
  )
}

const EditInboxPage = () => {
  const { id = "" } = useParams()
  const { inbox, isPending, isError, error } = useInbox(id)

  return (
    <EditRouteDrawer
      title="Edit inbox"
      subtitle={inbox?.name}
      noun="inbox"
      isPending={isPending}
      isError={isError}
      error={error}
    >
      {inbox && <EditInboxForm key={inbox.id} inbox={inbox} />}
    </EditRouteDrawer>
  )
}

export default EditInboxPage
