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
import { useTranslation } from "react-i18next"

const CreateInboxForm = () => {
  const { t } = useTranslation()
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
      done(t("helpdesk.inboxes.inboxWasCreated", { name }))
    }
  }

  return (
    <CreateModalForm
      title={t("helpdesk.inboxes.createInbox")}
      description={t("helpdesk.inboxes.anInboxIsA")}
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
