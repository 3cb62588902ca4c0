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
import { useTranslation } from "react-i18next"

const EditInboxForm = ({ inbox }: { inbox: AdminHelpdeskInbox }) => {
  const { t } = useTranslation()
  const [initial] = useState(() => inboxToFormValues(inbox))
  const { values, errors, setField, submit, isDirty } = useInboxForm(initial)
  const { mutateAsync, isPending } = useUpdateInbox(inbox.id)
  const done = useRouteModalForm(isDirty)

  const onSubmit = async () => {
    if (await submit((body) => mutateAsync(body))) {
      done(t("helpdesk.inboxes.inboxWasSaved", { value: values.name.trim() }))
    }
  }

  return (
    <EditDrawerForm onSubmit={onSubmit} isPending={isPending}>
      <InboxFormFields values={values} errors={errors} setField={setField} />
    </EditDrawerForm>
  )
}

const EditInboxPage = () => {
  const { t } = useTranslation()
  const { id = "" } = useParams()
  const { inbox, isPending, isError, error } = useInbox(id)

  return (
    <EditRouteDrawer
      title={t("helpdesk.inboxes.editInbox")}
      subtitle={inbox?.name}
      noun="helpdesk.nouns.inbox"
      isPending={isPending}
      isError={isError}
      error={error}
    >
      {inbox && <EditInboxForm key={inbox.id} inbox={inbox} />}
    </EditRouteDrawer>
  )
}

export default EditInboxPage
