import { Button, Drawer, Heading, Skeleton, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useParams } from "react-router-dom"
import {
  ChannelFormFields,
  useChannelForm,
} from "../../../../../../components/channels/channel-form"
import {
  RouteDrawer,
  useRouteModal,
} from "../../../../../../components/modals/route-modal"
import {
  useChannel,
  useUpdateChannel,
} from "../../../../../../hooks/api/channels"
import { channelToFormValues } from "../../../../../../lib/channel-form"
import { AdminHelpdeskChannel } from "../../../../../../lib/types"

const EditChannelForm = ({ channel }: { channel: AdminHelpdeskChannel }) => {
  const { handleSuccess, setDirty } = useRouteModal()
  const [initial] = useState(() => channelToFormValues(channel))
  const { values, errors, setField, submit, isDirty } = useChannelForm(initial)
  const { mutateAsync, isPending } = useUpdateChannel(channel.id)

  useEffect(() => setDirty(isDirty), [isDirty, setDirty])

  const onSubmit = async () => {
    const saved = await submit((body) => mutateAsync(body))
    if (saved) {
      toast.success(`Channel "${values.name.trim()}" was saved.`)
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
        <ChannelFormFields
          values={values}
          errors={errors}
          setField={setField}
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

const EditChannelPage = () => {
  const { id = "" } = useParams()
  const { channel, isPending, isError, error } = useChannel(id)

  return (
    <RouteDrawer>
      <Drawer.Header>
        <Drawer.Title asChild>
          <Heading>Edit chat channel</Heading>
        </Drawer.Title>
        {channel && (
          <Text size="small" className="text-ui-fg-subtle">
            {channel.name}
          </Text>
        )}
      </Drawer.Header>
      {isPending && (
        <Drawer.Body className="flex flex-col gap-y-4">
          <Skeleton className="h-8 w-full" />
          <Skeleton className="h-8 w-full" />
          <Skeleton className="h-24 w-full" />
        </Drawer.Body>
      )}
      {isError && (
        <Drawer.Body>
          <Text size="small" className="text-ui-fg-error">
            The channel could not be loaded: {error?.message}
          </Text>
        </Drawer.Body>
      )}
      {channel && <EditChannelForm key={channel.id} channel={channel} />}
    </RouteDrawer>
  )
}

export default EditChannelPage
