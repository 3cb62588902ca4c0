import { Button, FocusModal, Heading, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import {
  RouteFocusModal,
  useRouteModal,
} from "../../../../../components/modals/route-modal"
import {
  emptyTagFormValues,
  TagFormFields,
  useTagForm,
} from "../../../../../components/tags/tag-form"
import { useCreateTag } from "../../../../../hooks/api/tags"

const CreateTagForm = () => {
  const { handleSuccess, setDirty } = useRouteModal()
  const [initial] = useState(emptyTagFormValues)
  const { values, errors, setField, submit, isDirty } = useTagForm(initial)
  const { mutateAsync, isPending } = useCreateTag()

  useEffect(() => setDirty(isDirty), [isDirty, setDirty])

  const onSubmit = async () => {
    let name = ""
    const saved = await submit(async (body) => {
      const { tag } = await mutateAsync(body)
      name = tag.name
    })
    if (saved) {
      toast.success(`Tag "${name}" was created.`)
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
              <Heading>Create tag</Heading>
            </FocusModal.Title>
            <FocusModal.Description asChild>
              <Text size="small" className="text-ui-fg-subtle">
                Agents put tags on tickets to sort them and find them later.
              </Text>
            </FocusModal.Description>
          </div>
          <TagFormFields values={values} errors={errors} setField={setField} />
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

const CreateTagPage = () => {
  return (
    <RouteFocusModal>
      <CreateTagForm />
    </RouteFocusModal>
  )
}

export default CreateTagPage
