import { Input } from "@medusajs/ui"
import { FormErrors, useResourceForm } from "../../lib/resource-form"
import type {
  AdminCreateHelpdeskTeam,
  AdminHelpdeskTeam,
} from "../../lib/settings-types"
import { FormField } from "../form-field"
import { MemberPicker } from "./member-picker"
import { useTranslation } from "react-i18next"
import { translate } from "../../lib/locale"

export type TeamFormValues = { name: string; member_ids: string[] }
type TeamFormErrors = FormErrors<TeamFormValues>

export const emptyTeamFormValues = (): TeamFormValues => ({
  name: "",
  member_ids: [],
})

export const teamToFormValues = (team: AdminHelpdeskTeam): TeamFormValues => ({
  name: team.name,
  member_ids: (team.members ?? []).map((m) => m.user_id),
})

const toPayload = (values: TeamFormValues): AdminCreateHelpdeskTeam => ({
  name: values.name.trim(),
  member_ids: [...new Set(values.member_ids)],
})

// Order does not matter for a member list, so it does not make the form dirty.
const payloadKey = (values: TeamFormValues) => {
  const body = toPayload(values)
  return JSON.stringify({ ...body, member_ids: [...body.member_ids!].sort() })
}

const validate = (values: TeamFormValues): TeamFormErrors => {
  const name = values.name.trim()
  if (!name) {
    return { name: translate("helpdesk.teams.giveTheTeamA") }
  }
  if (name.length > 120) {
    return { name: translate("helpdesk.teams.keepTheNameTo") }
  }
  return {}
}

const TEAM_FORM = {
  toPayload,
  payloadKey,
  validate,
  fieldOf: (message: string) =>
    /member/i.test(message) ? ("member_ids" as const) : ("name" as const),
  fallbackMessage: "helpdesk.teams.theTeamCouldNot",
}

/**
 * State and submission of the team form. A refusal from the server is shown as
 * a toast and next to the field it names.
 */
export const useTeamForm = (initial: TeamFormValues) =>
  useResourceForm(initial, TEAM_FORM)

type TeamFormFieldsProps = {
  values: TeamFormValues
  errors: TeamFormErrors
  setField: ReturnType<typeof useTeamForm>["setField"]
}

export const TeamFormFields = ({
  values,
  errors,
  setField,
}: TeamFormFieldsProps) => {
  const { t } = useTranslation()
  return (
    <div className="flex flex-col gap-y-6">
      <FormField
        id="team-name"
        label={t("helpdesk.teams.name")}
        hint={t("helpdesk.teams.ticketsCanBeGiven")}
        error={errors.name}
      >
        <Input
          id="team-name"
          autoFocus
          maxLength={120}
          aria-invalid={!!errors.name}
          value={values.name}
          onChange={(event) => setField("name", event.target.value)}
        />
      </FormField>
      <FormField label={t("helpdesk.teams.members")} optional>
        <MemberPicker
          value={values.member_ids}
          error={errors.member_ids}
          onChange={(ids) => setField("member_ids", ids)}
        />
      </FormField>
    </div>
  )
}
