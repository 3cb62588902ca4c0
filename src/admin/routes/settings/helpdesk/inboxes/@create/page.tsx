import { useState } from "react"
import {
  CreateModalForm,
  useRouteModalForm,
} from "../../../../../components/modals/route-form"
import { RouteFocusModal } from "../../../../../components/modals/route-modal"
import {
  emptyInboxFormValues,
  InboxFormFields,
  useInboxForm,
} from "../../../../../components/inboxes/inbox-form"
import { useCreateInbox } from "../../../../../hooks/api/inboxes"

const CreateInboxForm = () => {
  const [initial] = useState(emptyInboxFormValues)
  const { values, errors, setField, submit, isDirty } = useInboxForm(initial)
  const { mutateAsync, isPending } = useCreateInbox()
  const done = useRouteModalForm(isDirty)

  const onSubmit = async () => {
    let name = ""
    const saved = await submit(async (body) => {
      const { inbox } = await mutateAsync(body)
      name = inbox.name
    })
    if (saved) {
      done(`Inbox "${name}" was created.`)
    }
  }

  return (
    <CreateModalForm
      title="Create inbox"
      description="An inbox is a queue of tickets. Route a chat channel to it in the channel's settings."
      onSubmit={onSubmit}
      isPending={isPending}
    >
      <InboxFormFields values={values} errors={errors} setField={setField} />
    </CreateModalForm>
  )
}

const CreateInboxPage = () => {
  return (
    <RouteFocusModal>
      <CreateInboxForm />
    </RouteFocusModal>
  )
}

export default CreateInboxPage
