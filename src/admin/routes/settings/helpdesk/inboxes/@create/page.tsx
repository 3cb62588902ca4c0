import { Button, FocusModal, Heading, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import {
  RouteFocusModal,
  useRouteModal,
} from "../../../../../components/modals/route-modal"
import {
  emptyInboxFormValues,
  InboxFormFields,
  useInboxForm,
} from "../../../../../components/inboxes/inbox-form"
import { useCreateInbox } from "../../../../../hooks/api/inboxes"

const CreateInboxForm = () => {
  const { handleSuccess, setDirty } = useRouteModal()
  const [initial] = useState(emptyInboxFormValues)
  const { values, errors, setField, submit, isDirty } = useInboxForm(initial)
  const { mutateAsync, isPending } = useCreateInbox()

  useEffect(() => setDirty(isDirty), [isDirty, setDirty])

  const onSubmit = async () => {
    let name = ""
    const saved = await submit(async (body) => {
      const { inbox } = await mutateAsync(body)
      name = inbox.name
    })
    if (saved) {
      toast.success(`Inbox "${name}" was created.`)
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
        <div className="flex w-full max-w-[560px] flex-col gap-y-8">
          <div className="flex flex-col gap-y-1">
            <FocusModal.Title asChild>
              <Heading>Create inbox</Heading>
            </FocusModal.Title>
            <FocusModal.Description asChild>
              <Text size="small" className="text-ui-fg-subtle">
                An inbox is a queue of tickets. Route a chat channel to it in
                the channel's settings.
              </Text>
            </FocusModal.Description>
          </div>
          <InboxFormFields
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

const CreateInboxPage = () => {
  return (
    <RouteFocusModal>
      <CreateInboxForm />
    </RouteFocusModal>
  )
}

export default CreateInboxPage
