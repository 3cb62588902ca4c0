import { useState } from "react"
import { emptyRuleFormValues } from "../../../../../components/automations/rule-form-schema"
import {
  RuleFormFields,
  useRuleForm,
} from "../../../../../components/automations/rule-form"
import {
  CreateModalForm,
  useRouteModalForm,
} from "../../../../../components/modals/route-form"
import { RouteFocusModal } from "../../../../../components/modals/route-modal"
import { useCreateAutomationRule } from "../../../../../hooks/api/automation-rules"
import { useTranslation } from "react-i18next"

const CreateRuleForm = () => {
  const { t } = useTranslation()
  const [initial] = useState(emptyRuleFormValues)
  const { form, submit } = useRuleForm(initial)
  const { mutateAsync, isPending } = useCreateAutomationRule()
  const done = useRouteModalForm(form.formState.isDirty)

  const onSubmit = async () => {
    let name = ""
    const saved = await submit(async (body) => {
      const { automation_rule } = await mutateAsync(body)
      name = automation_rule.name
    })
    if (saved) {
      done(t("helpdesk.automations.ruleWasCreated", { name }))
    }
  }

  return (
    <CreateModalForm
      title={t("helpdesk.automations.createRule")}
      description={t("helpdesk.automations.whenSomethingHappensTo")}
      maxWidth="max-w-[880px]"
      onSubmit={onSubmit}
      isPending={isPending}
    >
      <RuleFormFields form={form} />
    </CreateModalForm>
  )
}

const CreateRulePage = () => {
  return (
    <RouteFocusModal>
      <CreateRuleForm />
    </RouteFocusModal>
  )
}

export default CreateRulePage
