import { useState } from "react"
import { useParams } from "react-router-dom"
import {
  EditDrawerForm,
  EditRouteDrawer,
  useRouteModalForm,
} from "../../../../../../components/modals/route-form"
import {
  TagFormFields,
  tagToFormValues,
  useTagForm,
} from "../../../../../../components/tags/tag-form"
import { useTag, useUpdateTag } from "../../../../../../hooks/api/tags"
import type { AdminHelpdeskTag } from "../../../../../../lib/settings-types"

const EditTagForm = ({ tag }: { tag: AdminHelpdeskTag }) => {
  const [initial] = useState(() => tagToFormValues(tag))
  const { values, errors, setField, submit, isDirty } = useTagForm(initial)
  const { mutateAsync, isPending } = useUpdateTag(tag.id)
  const done = useRouteModalForm(isDirty)

  const onSubmit = async () => {
    if (await submit((body) => mutateAsync(body))) {
      done(`Tag "${values.name.trim()}" was saved.`)
    }
  }

  return (
    <EditDrawerForm onSubmit={onSubmit} isPending={isPending}>
      <TagFormFields values={values} errors={errors} setField={setField} />
    </EditDrawerForm>
  )
}

const EditTagPage = () => {
  const { id = "" } = useParams()
  const { tag, isPending, isError, error } = useTag(id)

  return (
    <EditRouteDrawer
      title="Edit tag"
      subtitle={tag?.name}
      noun="tag"
      isPending={isPending}
      isError={isError}
      error={error}
    >
      {tag && <EditTagForm key={tag.id} tag={tag} />}
    </EditRouteDrawer>
  )
}

export default EditTagPage
