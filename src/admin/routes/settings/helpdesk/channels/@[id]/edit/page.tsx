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

const EditChannelForm = ({ channel }: { channel: AdminHelpdeskChannel }) => {
  const [initial] = useState(() => channelToFormValues(channel))
  const { values, errors, setField, submit, isDirty } = useChannelForm(initial)
  const { mutateAsync, isPending } = useUpdateChannel(channel.id)
  const done = useRouteModalForm(isDirty)

  const onSubmit = async () => {
    if (await submit((body) => mutateAsync(body))) {
      done(`Channel "${values.name.trim()}" was saved.`)
    }
  }

  return (
    <EditDrawerForm onSubmit={onSubmit} isPending={isPending}>
      <ChannelFormFields values={values} errors={errors} setField={setField} />
    </EditDrawerForm>
  )
}

const EditChannelPage = () => {
  const { id = "" } = useParams()
  const { channel, isPending, isError, error } = useChannel(id)

  return (
    <EditRouteDrawer
      title="Edit chat channel"
      subtitle={channel?.name}
      noun="channel"
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
