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
import { useTranslation } from "react-i18next"

const CreateTagForm = () => {
  const { t } = useTranslation()
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
      done(t("helpdesk.tags.tagWasCreated", { name }))
    }
  }

  return (
    <CreateModalForm
      title={t("helpdesk.tags.createTag")}
      description={t("helpdesk.tags.agentsPutTagsOn")}
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
