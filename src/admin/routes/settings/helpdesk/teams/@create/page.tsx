import { Button, FocusModal, Heading, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import {
  RouteFocusModal,
  useRouteModal,
} from "../../../../../components/modals/route-modal"
import {
  emptyTeamFormValues,
  TeamFormFields,
  useTeamForm,
} from "../../../../../components/teams/team-form"
import { useCreateTeam } from "../../../../../hooks/api/teams"

const CreateTeamForm = () => {
  const { handleSuccess, setDirty } = useRouteModal()
  const [initial] = useState(emptyTeamFormValues)
  const { values, errors, setField, submit, isDirty } = useTeamForm(initial)
  const { mutateAsync, isPending } = useCreateTeam()

  useEffect(() => setDirty(isDirty), [isDirty, setDirty])

  const onSubmit = async () => {
    let name = ""
    const saved = await submit(async (body) => {
      const { team } = await mutateAsync(body)
      name = team.name
    })
    if (saved) {
      toast.success(`Team "${name}" was created.`)
      handleSuccess()
    }
  }

  return (
    <form
      noValidate
      className="flex size-full flex-col overflow-hidden"
      onSubmit={(event) => {
        event.preventDefault()
        void onSubmit()
      }}
    >
      <FocusModal.Header />
      <FocusModal.Body className="flex flex-1 justify-center overflow-y-auto px-6 py-16">
        <div className="flex w-full max-w-[560px] flex-col gap-y-8">
          <div className="flex flex-col gap-y-1">
            <FocusModal.Title asChild>
              <Heading>Create team</Heading>
            </FocusModal.Title>
            <FocusModal.Description asChild>
              <Text size="small" className="text-ui-fg-subtle">
                A team groups the users who handle one kind of ticket, such as
                returns.
              </Text>
            </FocusModal.Description>
          </div>
          <TeamFormFields values={values} errors={errors} setField={setField} />
        </div>
      </FocusModal.Body>
      <FocusModal.Footer>
        <FocusModal.Close asChild>
          <Button size="small" variant="secondary" type="button">
            Cancel
          </Button>
        </FocusModal.Close>
        <Button size="small" type="submit" isLoading={isPending}>
          Save
        </Button>
      </FocusModal.Footer>
    </form>
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
