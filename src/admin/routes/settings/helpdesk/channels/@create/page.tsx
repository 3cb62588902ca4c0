import { useState } from "react"
import {
  ChannelFormFields,
  useChannelForm,
} from "../../../../../components/channels/channel-form"
import {
  CreateModalForm,
  useRouteModalForm,
} from "../../../../../components/modals/route-form"
import { RouteFocusModal } from "../../../../../components/modals/route-modal"
import { useCreateChannel } from "../../../../../hooks/api/channels"
import { emptyChannelFormValues } from "../../../../../lib/channel-form"
import { useTranslation } from "react-i18next"

const CreateChannelForm = () => {
  const { t } = useTranslation()
  const [initial] = useState(emptyChannelFormValues)
  const { values, errors, setField, submit, isDirty } = useChannelForm(initial)
  const { mutateAsync, isPending } = useCreateChannel()
  const done = useRouteModalForm(isDirty)

  const onSubmit = async () => {
    let name = ""
    const saved = await submit(async (body) => {
      const { channel } = await mutateAsync(body)
      name = channel.name
    })
    if (saved) {
      done(t("helpdesk.channels.channelWasCreated", { name }))
    }
  }

  return (
    <CreateModalForm
      title={t("helpdesk.channels.createChatChannel")}
      description={t("helpdesk.channels.aChannelIsThe")}
      maxWidth="max-w-[720px]"
      onSubmit={onSubmit}
      isPending={isPending}
    >
      <ChannelFormFields values={values} errors={errors} setField={setField} />
    </CreateModalForm>
  )
}

const CreateChannelPage = () => {
  return (
    <RouteFocusModal>
      <CreateChannelForm />
    </RouteFocusModal>
  )
}

export default CreateChannelPage
