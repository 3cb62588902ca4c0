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

const CreateTeamForm = () => {
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
      done(`Team "${name}" was created.`)
    }
  }

  return (
    <CreateModalForm
      title="Create team"
      description="A team groups the users who handle one kind of ticket, such as returns."
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
