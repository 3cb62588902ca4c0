import { useState } from "react"
import { useParams } from "react-router-dom"
import {
  ChannelFormFields,
  useChannelForm,
} from "../../../../../../components/channels/channel-form"
import {
  EditDrawerForm,
  EditRouteDrawer,
  useRouteModalForm,
} from "../../../../../../components/modals/route-form"
import {
  useChannel,
  useUpdateChannel,
} from "../../../../../../hooks/api/channels"
import { channelToFormValues } from "../../../../../../lib/channel-form"
import { AdminHelpdeskChannel } from "../../../../../../lib/types"
import { useTranslation } from "react-i18next"

const EditChannelForm = ({ channel }: { channel: AdminHelpdeskChannel }) => {
  const { t } = useTranslation()
  const [initial] = useState(() => channelToFormValues(channel))
  const { values, errors, setField, submit, isDirty } = useChannelForm(initial)
  const { mutateAsync, isPending } = useUpdateChannel(channel.id)
  const done = useRouteModalForm(isDirty)

  const onSubmit = async () => {
    if (await submit((body) => mutateAsync(body))) {
      done(
        t("helpdesk.channels.channelWasSaved", { value: values.name.trim() })
      )
    }
  }

  return (
    <EditDrawerForm onSubmit={onSubmit} isPending={isPending}>
      <ChannelFormFields values={values} errors={errors} setField={setField} />
    </EditDrawerForm>
  )
}

const EditChannelPage = () => {
  const { t } = useTranslation()
  const { id = "" } = useParams()
  const { channel, isPending, isError, error } = useChannel(id)

  return (
    <EditRouteDrawer
      title={t("helpdesk.channels.editChatChannel")}
      subtitle={channel?.name}
      noun="helpdesk.nouns.channel"
      isPending={isPending}
      isError={isError}
      error={error}
      skeletonRows={["h-8", "h-8", "h-24"]}
    >
      {channel && <EditChannelForm key={channel.id} channel={channel} />}
    </EditRouteDrawer>
  )
}

export default EditChannelPage
