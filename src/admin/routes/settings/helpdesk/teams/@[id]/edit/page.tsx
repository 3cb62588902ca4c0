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

const EditTeamForm = ({ team }: { team: AdminHelpdeskTeam }) => {
  const [initial] = useState(() => teamToFormValues(team))
  const { values, errors, setField, submit, isDirty } = useTeamForm(initial)
  const { mutateAsync, isPending } = useUpdateTeam(team.id)
  const done = useRouteModalForm(isDirty)

  const onSubmit = async () => {
    if (await submit((body) => mutateAsync(body))) {
      done(`Team "${values.name.trim()}" was saved.`)
    }
  }

  return (
    <EditDrawerForm onSubmit={onSubmit} isPending={isPending}>
      <TeamFormFields values={values} errors={errors} setField={setField} />
    </EditDrawerForm>
  )
}

const EditTeamPage = () => {
  const { id = "" } = useParams()
  const { team, isPending, isError, error } = useTeam(id)

  return (
    <EditRouteDrawer
      title="Edit team"
      subtitle={team?.name}
      noun="team"
      isPending={isPending}
      isError={isError}
      error={error}
    >
      {team && <EditTeamForm key={team.id} team={team} />}
    </EditRouteDrawer>
  )
}

export default EditTeamPage
