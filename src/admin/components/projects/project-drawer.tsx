import { Button, Drawer, Heading, Input, Textarea, toast } from "@medusajs/ui"
import { FormEvent, useEffect, useState } from "react"
import { useCreateProject, useUpdateProject } from "../../hooks/api/projects"
import type { AdminHelpdeskProject } from "../../lib/settings-types"
import { FormField } from "../form-field"

type ProjectDrawerProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
  /** The project to rename; without one a new project is created. */
  project?: AdminHelpdeskProject | null
  onSaved?: (project: AdminHelpdeskProject) => void
}

/** Create a project, or rename one and change its description. */
export const ProjectDrawer = ({
  open,
  onOpenChange,
  project,
  onSaved,
}: ProjectDrawerProps) => {
  const [name, setName] = useState("")
  const [description, setDescription] = useState("")
  const [nameError, setNameError] = useState<string>()
  const create = useCreateProject()
  const update = useUpdateProject(project?.id ?? "")
  const editing = !!project

  useEffect(() => {
    if (open) {
      setName(project?.name ?? "")
      setDescription(project?.description ?? "")
      setNameError(undefined)
    }
  }, [open, project])

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    if (!name.trim()) {
      setNameError("Give the project a name.")
      return
    }
    const body = {
      name: name.trim(),
      description: description.trim() || null,
    }
    try {
      const { project: saved } = editing
        ? await update.mutateAsync(body)
        : await create.mutateAsync(body)
      toast.success(
        editing
          ? `Project "${saved.name}" was saved.`
          : `Project "${saved.name}" was created.`
      )
      onOpenChange(false)
      onSaved?.(saved)
    } catch (e) {
      toast.error(
        e instanceof Error ? e.message : "The project could not be saved."
      )
    }
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content aria-describedby={undefined}>
        <form
          noValidate
          onSubmit={(event) => void onSubmit(event)}
          className="flex h-full flex-col overflow-hidden"
        >
          <Drawer.Header>
            <Drawer.Title asChild>
              <Heading>{editing ? "Edit project" : "New project"}</Heading>
            </Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-6 overflow-y-auto">
            <FormField id="project-name" label="Name" error={nameError}>
              <Input
                id="project-name"
                value={name}
                aria-invalid={!!nameError}
                onChange={(e) => {
                  setNameError(undefined)
                  setName(e.target.value)
                }}
              />
            </FormField>
            <FormField id="project-description" label="Description" optional>
              <Textarea
                id="project-description"
                rows={4}
                value={description}
                onChange={(e) => setDescription(e.target.value)}
              />
            </FormField>
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                Cancel
              </Button>
            </Drawer.Close>
            <Button
              size="small"
              type="submit"
              isLoading={create.isPending || update.isPending}
            >
              Save
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
