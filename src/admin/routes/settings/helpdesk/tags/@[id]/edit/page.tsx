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
import { useTranslation } from "react-i18next"

const EditTagForm = ({ tag }: { tag: AdminHelpdeskTag }) => {
  const { t } = useTranslation()
  const [initial] = useState(() => tagToFormValues(tag))
  const { values, errors, setField, submit, isDirty } = useTagForm(initial)
  const { mutateAsync, isPending } = useUpdateTag(tag.id)
  const done = useRouteModalForm(isDirty)

  const onSubmit = async () => {
    if (await submit((body) => mutateAsync(body))) {
      done(t("helpdesk.tags.tagWasSaved", { value: values.name.trim() }))
    }
  }

  return (
    <EditDrawerForm onSubmit={onSubmit} isPending={isPending}>
      <TagFormFields values={values} errors={errors} setField={setField} />
    </EditDrawerForm>
  )
}

const EditTagPage = () => {
  const { t } = useTranslation()
  const { id = "" } = useParams()
  const { tag, isPending, isError, error } = useTag(id)

  return (
    <EditRouteDrawer
      title={t("helpdesk.tags.editTag")}
      subtitle={tag?.name}
      noun="helpdesk.nouns.tag"
      isPending={isPending}
      isError={isError}
      error={error}
    >
      {tag && <EditTagForm key={tag.id} tag={tag} />}
    </EditRouteDrawer>
  )
}

export default EditTagPage
