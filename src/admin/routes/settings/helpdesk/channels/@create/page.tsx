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

const CreateChannelForm = () => {
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
      done(`Channel "${name}" was created.`)
    }
  }

  return (
    <CreateModalForm
      title="Create chat channel"
      description="A channel is the chat on one store. After saving, paste its code into the store to switch the chat on there."
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
