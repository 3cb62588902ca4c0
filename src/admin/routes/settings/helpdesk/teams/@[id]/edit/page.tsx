import { Button, Drawer, Heading, Skeleton, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useParams } from "react-router-dom"
import {
  RouteDrawer,
  useRouteModal,
} from "../../../../../../components/modals/route-modal"
import {
  TeamFormFields,
  teamToFormValues,
  useTeamForm,
} from "../../../../../../components/teams/team-form"
import { useTeam, useUpdateTeam } from "../../../../../../hooks/api/teams"
import type { AdminHelpdeskTeam } from "../../../../../../lib/settings-types"

const EditTeamForm = ({ team }: { team: AdminHelpdeskTeam }) => {
  const { handleSuccess, setDirty } = useRouteModal()
  const [initial] = useState(() => teamToFormValues(team))
  const { values, errors, setField, submit, isDirty } = useTeamForm(initial)
  const { mutateAsync, isPending } = useUpdateTeam(team.id)

  useEffect(() => setDirty(isDirty), [isDirty, setDirty])

  const onSubmit = async () => {
    const saved = await submit((body) => mutateAsync(body))
    if (saved) {
      toast.success(`Team "${values.name.trim()}" was saved.`)
      handleSuccess()
    }
  }

  return (
    <form
      noValidate
      className="flex flex-1 flex-col overflow-hidden"
      onSubmit={(event) => {
        event.preventDefault()
        void onSubmit()
      }}
    >
      <Drawer.Body className="flex-1 overflow-y-auto">
        <TeamFormFields values={values} errors={errors} setField={setField} />
      </Drawer.Body>
      <Drawer.Footer>
        <Drawer.Close asChild>
          <Button size="small" variant="secondary" type="button">
            Cancel
          </Button>
        </Drawer.Close>
        <Button size="small" type="submit" isLoading={isPending}>
          Save
        </Button>
      </Drawer.Footer>
    </form>
  )
}

const EditTeamPage = () => {
  const { id = "" } = useParams()
  const { team, isPending, isError, error } = useTeam(id)

  return (
    <RouteDrawer>
      <Drawer.Header>
        <Drawer.Title asChild>
          <Heading>Edit team</Heading>
        </Drawer.Title>
        {team && (
          <Text size="small" className="text-ui-fg-subtle">
            {team.name}
          </Text>
        )}
      </Drawer.Header>
      {isPending && (
        <Drawer.Body className="flex flex-col gap-y-4">
          <Skeleton className="h-8 w-full" />
          <Skeleton className="h-8 w-full" />
        </Drawer.Body>
      )}
      {isError && (
        <Drawer.Body>
          <Text size="small" className="text-ui-fg-error">
            The team could not be loaded: {error?.message}
          </Text>
        </Drawer.Body>
      )}
      {team && <EditTeamForm key={team.id} team={team} />}
    </RouteDrawer>
  )
}

export default EditTeamPage
