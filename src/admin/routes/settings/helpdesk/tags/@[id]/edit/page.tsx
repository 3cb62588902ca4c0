import { Button, Drawer, Heading, Skeleton, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useParams } from "react-router-dom"
import {
  RouteDrawer,
  useRouteModal,
} from "../../../../../../components/modals/route-modal"
import {
  TagFormFields,
  tagToFormValues,
  useTagForm,
} from "../../../../../../components/tags/tag-form"
import { useTag, useUpdateTag } from "../../../../../../hooks/api/tags"
import type { AdminHelpdeskTag } from "../../../../../../lib/settings-types"

const EditTagForm = ({ tag }: { tag: AdminHelpdeskTag }) => {
  const { handleSuccess, setDirty } = useRouteModal()
  const [initial] = useState(() => tagToFormValues(tag))
  const { values, errors, setField, submit, isDirty } = useTagForm(initial)
  const { mutateAsync, isPending } = useUpdateTag(tag.id)

  useEffect(() => setDirty(isDirty), [isDirty, setDirty])

  const onSubmit = async () => {
    const saved = await submit((body) => mutateAsync(body))
    if (saved) {
      toast.success(`Tag "${values.name.trim()}" was saved.`)
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
        <TagFormFields values={values} errors={errors} setField={setField} />
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

const EditTagPage = () => {
  const { id = "" } = useParams()
  const { tag, isPending, isError, error } = useTag(id)

  return (
    <RouteDrawer>
      <Drawer.Header>
        <Drawer.Title asChild>
          <Heading>Edit tag</Heading>
        </Drawer.Title>
        {tag && (
          <Text size="small" className="text-ui-fg-subtle">
            {tag.name}
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
            The tag could not be loaded: {error?.message}
          </Text>
        </Drawer.Body>
      )}
      {tag && <EditTagForm key={tag.id} tag={tag} />}
    </RouteDrawer>
  )
}

export default EditTagPage
