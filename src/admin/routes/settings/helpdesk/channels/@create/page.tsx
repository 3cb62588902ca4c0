import { Button, FocusModal, Heading, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import {
  ChannelFormFields,
  useChannelForm,
} from "../../../../../components/channels/channel-form"
import {
  RouteFocusModal,
  useRouteModal,
} from "../../../../../components/modals/route-modal"
import { useCreateChannel } from "../../../../../hooks/api/channels"
import { emptyChannelFormValues } from "../../../../../lib/channel-form"

const CreateChannelForm = () => {
  const { handleSuccess, setDirty } = useRouteModal()
  const [initial] = useState(emptyChannelFormValues)
  const { values, errors, setField, submit, isDirty } = useChannelForm(initial)
  const { mutateAsync, isPending } = useCreateChannel()

  useEffect(() => setDirty(isDirty), [isDirty, setDirty])

  const onSubmit = async () => {
    let name = ""
    const saved = await submit(async (body) => {
      const { channel } = await mutateAsync(body)
      name = channel.name
    })
    if (saved) {
      toast.success(`Channel "${name}" was created.`)
      handleSuccess()
    }
  }

  return (
    <form
      noValidate
      className="flex size-full flex-col overflow-hidden"
      onSubmit={(event) => {
        event.preventDefault()
        void onSubmit()
      }}
    >
      <FocusModal.Header />
      <FocusModal.Body className="flex flex-1 justify-center overflow-y-auto px-6 py-16">
        <div className="flex w-full max-w-[720px] flex-col gap-y-8">
          <div className="flex flex-col gap-y-1">
            <FocusModal.Title asChild>
              <Heading>Create chat channel</Heading>
            </FocusModal.Title>
            <FocusModal.Description asChild>
              <Text size="small" className="text-ui-fg-subtle">
                A channel is the chat on one store. After saving, paste its code
                into the store to switch the chat on there.
              </Text>
            </FocusModal.Description>
          </div>
          <ChannelFormFields
            values={values}
            errors={errors}
            setField={setField}
          />
        </div>
      </FocusModal.Body>
      <FocusModal.Footer>
        <FocusModal.Close asChild>
          <Button size="small" variant="secondary" type="button">
            Cancel
          </Button>
        </FocusModal.Close>
        <Button size="small" type="submit" isLoading={isPending}>
          Save
        </Button>
      </FocusModal.Footer>
    </form>
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
