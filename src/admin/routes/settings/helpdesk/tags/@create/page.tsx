import { useState } from "react"
import {
  CreateModalForm,
  useRouteModalForm,
} from "../../../../../components/modals/route-form"
import { RouteFocusModal } from "../../../../../components/modals/route-modal"
import {
  emptyTagFormValues,
  TagFormFields,
  useTagForm,
} from "../../../../../components/tags/tag-form"
import { useCreateTag } from "../../../../../hooks/api/tags"

const CreateTagForm = () => {
  const [initial] = useState(emptyTagFormValues)
  const { values, errors, setField, submit, isDirty } = useTagForm(initial)
  const { mutateAsync, isPending } = useCreateTag()
  const done = useRouteModalForm(isDirty)

  const onSubmit = async () => {
    let name = ""
    const saved = await submit(async (body) => {
      const { tag } = await mutateAsync(body)
      name = tag.name
    })
    if (saved) {
      done(`Tag "${name}" was created.`)
    }
  }

  return (
    <CreateModalForm
      title="Create tag"
      description="Agents put tags on tickets to sort them and find them later."
      onSubmit={onSubmit}
      isPending={isPending}
    >
      <TagFormFields values={values} errors={errors} setField={setField} />
    </CreateModalForm>
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
