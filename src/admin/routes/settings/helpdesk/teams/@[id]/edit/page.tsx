import { useState } from "react"
import { useParams } from "react-router-dom"
import {
  EditDrawerForm,
  EditRouteDrawer,
  useRouteModalForm,
} from "../../../../../../components/modals/route-form"
import {
  TeamFormFields,
  teamToFormValues,
  useTeamForm,
} from "../../../../../../components/teams/team-form"
import { useTeam, useUpdateTeam } from "../../../../../../hooks/api/teams"
import type { AdminHelpdeskTeam } from "../../../../../../lib/settings-types"
import { useTranslation } from "react-i18next"

const EditTeamForm = ({ team }: { team: AdminHelpdeskTeam }) => {
  const { t } = useTranslation()
  const [initial] = useState(() => teamToFormValues(team))
  const { values, errors, setField, submit, isDirty } = useTeamForm(initial)
  const { mutateAsync, isPending } = useUpdateTeam(team.id)
  const done = useRouteModalForm(isDirty)

  const onSubmit = async () => {
    if (await submit((body) => mutateAsync(body))) {
      done(t("helpdesk.teams.teamWasSaved", { value: values.name.trim() }))
    }
  }

  return (
    <EditDrawerForm onSubmit={onSubmit} isPending={isPending}>
      <TeamFormFields values={values} errors={errors} setField={setField} />
    </EditDrawerForm>
  )
}

const EditTeamPage = () => {
  const { t } = useTranslation()
  const { id = "" } = useParams()
  const { team, isPending, isError, error } = useTeam(id)

  return (
    <EditRouteDrawer
      title={t("helpdesk.teams.editTeam")}
      subtitle={team?.name}
      noun="helpdesk.nouns.team"
      isPending={isPending}
      isError={isError}
      error={error}
    >
      {team && <EditTeamForm key={team.id} team={team} />}
    </EditRouteDrawer>
  )
}

export default EditTeamPage
