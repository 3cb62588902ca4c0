import { Input } from "@medusajs/ui"
import { FormErrors, useResourceForm } from "../../lib/resource-form"
import type {
  AdminCreateHelpdeskTag,
  AdminHelpdeskTag,
} from "../../lib/settings-types"
import { ColorInput, HEX_COLOR } from "../color-input"
import { FormField } from "../form-field"
import { TagBadge } from "./tag-badge"
import { useTranslation } from "react-i18next"
import { translate } from "../../lib/locale"

export const DEFAULT_TAG_COLOR = "#6b7280"

export type TagFormValues = { name: string; color: string }
type TagFormErrors = FormErrors<TagFormValues>

export const emptyTagFormValues = (): TagFormValues => ({
  name: "",
  color: DEFAULT_TAG_COLOR,
})

export const tagToFormValues = (tag: AdminHelpdeskTag): TagFormValues => ({
  name: tag.name,
  color: tag.color || DEFAULT_TAG_COLOR,
})

const toPayload = (values: TagFormValues): AdminCreateHelpdeskTag => ({
  name: values.name.trim(),
  color: values.color.toLowerCase(),
})

const validate = (values: TagFormValues): TagFormErrors => {
  const errors: TagFormErrors = {}
  if (!values.name.trim()) {
    errors.name = translate("helpdesk.tags.giveTheTagA")
  } else if (values.name.trim().length > 60) {
    errors.name = translate("helpdesk.tags.keepTheNameTo")
  }
  if (!HEX_COLOR.test(values.color)) {
    errors.color = translate("helpdesk.tags.writeTheColourAs")
  }
  return errors
}

const TAG_FORM = {
  toPayload,
  validate,
  fieldOf: (message: string) =>
    /colou?r/i.test(message) ? ("color" as const) : ("name" as const),
  fallbackMessage: "helpdesk.tags.theTagCouldNot",
}

/**
 * State and submission of the tag form. On a refusal from the server the
 * sentence is shown as a toast and next to the field it is about.
 */
export const useTagForm = (initial: TagFormValues) =>
  useResourceForm(initial, TAG_FORM)

type TagFormFieldsProps = {
  values: TagFormValues
  errors: TagFormErrors
  setField: ReturnType<typeof useTagForm>["setField"]
}

export const TagFormFields = ({
  values,
  errors,
  setField,
}: TagFormFieldsProps) => {
  const { t } = useTranslation()
  return (
    <div className="flex flex-col gap-y-6">
      <FormField
        id="tag-name"
        label={t("helpdesk.tags.name")}
        hint={t("helpdesk.tags.shortAndRecognisableLike")}
        error={errors.name}
      >
        <Input
          id="tag-name"
          autoFocus
          maxLength={60}
          aria-invalid={!!errors.name}
          value={values.name}
          onChange={(event) => setField("name", event.target.value)}
        />
      </FormField>
      <FormField
        id="tag-color"
        label={t("helpdesk.tags.colour")}
        hint={t("helpdesk.tags.helpsAgentsSpotThe")}
        error={errors.color}
      >
        <ColorInput
          id="tag-color"
          value={values.color}
          invalid={!!errors.color}
          onChange={(color) => setField("color", color)}
        />
      </FormField>
      <FormField label={t("helpdesk.tags.preview")}>
        <div>
          <TagBadge
            tag={{
              name: values.name.trim() || t("helpdesk.tags.tag"),
              color: HEX_COLOR.test(values.color)
                ? values.color
                : DEFAULT_TAG_COLOR,
            }}
          />
        </div>
      </FormField>
    </div>
  )
}
