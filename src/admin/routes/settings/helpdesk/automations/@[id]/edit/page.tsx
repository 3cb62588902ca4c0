import { FocusModal, Heading, Skeleton, Text } from "@medusajs/ui"
import { useState } from "react"
import { useParams } from "react-router-dom"
import { ruleToFormValues } from "../../../../../../components/automations/rule-form-schema"
import {
  RuleFormFields,
  useRuleForm,
} from "../../../../../../components/automations/rule-form"
import { RuleTestPanel } from "../../../../../../components/automations/rule-test-panel"
import {
  CreateModalForm,
  useRouteModalForm,
} from "../../../../../../components/modals/route-form"
import { RouteFocusModal } from "../../../../../../components/modals/route-modal"
import {
  useAutomationRule,
  useUpdateAutomationRule,
} from "../../../../../../hooks/api/automation-rules"
import type { AdminAutomationRule } from "../../../../../../lib/automation-types"
import { useTranslation } from "react-i18next"

const EditRuleForm = ({ rule }: { rule: AdminAutomationRule }) => {
  const { t } = useTranslation()
  const [initial] = useState(() => ruleToFormValues(rule))
  const { form, submit } = useRuleForm(initial)
  const { mutateAsync, isPending } = useUpdateAutomationRule(rule.id)
  const done = useRouteModalForm(form.formState.isDirty)

  const onSubmit = async () => {
    if (await submit((body) => mutateAsync(body))) {
      done(
        t("helpdesk.automations.ruleWasSaved", {
          value: form.getValues("name").trim(),
        })
      )
    }
  }

  return (
    <CreateModalForm
      title={t("helpdesk.automations.editRule")}
      description={rule.name}
      maxWidth="max-w-[880px]"
      onSubmit={onSubmit}
      isPending={isPending}
    >
      <RuleFormFields form={form} />
      <div className="border-t pt-8">
        <RuleTestPanel ruleId={rule.id} />
      </div>
    </CreateModalForm>
  )
}

const EditRulePage = () => {
  const { t } = useTranslation()
  const { id = "" } = useParams()
  const { automation_rule, isPending, isError, error } = useAutomationRule(id)

  return (
    <RouteFocusModal>
      {automation_rule ? (
        <EditRuleForm key={automation_rule.id} rule={automation_rule} />
      ) : (
        <>
          <FocusModal.Header />
          <FocusModal.Body className="flex flex-col items-center px-6 py-16">
            <div className="flex w-full max-w-[880px] flex-col gap-y-4">
              <FocusModal.Title asChild>
                <Heading>{t("helpdesk.automations.editRule")}</Heading>
              </FocusModal.Title>
              {isPending &&
                ["h-8", "h-24", "h-24"].map((height, index) => (
                  <Skeleton key={index} className={`${height} w-full`} />
                ))}
              {isError && (
                <Text size="small" className="text-ui-fg-error">
                  {t("helpdesk.automations.theRuleCouldNot3", {
                    error: error?.message,
                  })}
                </Text>
              )}
            </div>
          </FocusModal.Body>
        </>
      )}
    </RouteFocusModal>
  )
}

export default EditRulePage
