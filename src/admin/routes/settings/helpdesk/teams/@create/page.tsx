import { useState } from "react"
import {
  CreateModalForm,
  useRouteModalForm,
} from "../../../../../components/modals/route-form"
import { RouteFocusModal } from "../../../../../components/modals/route-modal"
import {
  emptyTeamFormValues,
  TeamFormFields,
  useTeamForm,
} from "../../../../../components/teams/team-form"
import { useCreateTeam } from "../../../../../hooks/api/teams"
import { useTranslation } from "react-i18next"

const CreateTeamForm = () => {
  const { t } = useTranslation()
  const [initial] = useState(emptyTeamFormValues)
  const { values, errors, setField, submit, isDirty } = useTeamForm(initial)
  const { mutateAsync, isPending } = useCreateTeam()
  const done = useRouteModalForm(isDirty)

  const onSubmit = async () => {
    let name = ""
    const saved = await submit(async (body) => {
      const { team } = await mutateAsync(body)
      name = team.name
    })
    if (saved) {
      done(t("helpdesk.teams.teamWasCreated", { name }))
    }
  }

  return (
    <CreateModalForm
      title={t("helpdesk.teams.createTeam")}
      description={t("helpdesk.teams.aTeamGroupsThe")}
      onSubmit={onSubmit}
      isPending={isPending}
    >
      <TeamFormFields values={values} errors={errors} setField={setField} />
    </CreateModalForm>
  )
}

const CreateTeamPage = () => {
  return (
    <RouteFocusModal>
      <CreateTeamForm />
    </RouteFocusModal>
  )
}

export default CreateTeamPage
