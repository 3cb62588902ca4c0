import { Button, Drawer, Heading, Input, Textarea, toast } from "@medusajs/ui"
import { FormEvent, useEffect, useState } from "react"
import { useCreateProject, useUpdateProject } from "../../hooks/api/projects"
import type { AdminHelpdeskProject } from "../../lib/settings-types"
import { FormField } from "../form-field"
import { useTranslation } from "react-i18next"

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
  const { t } = useTranslation()
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
      setNameError(t("helpdesk.projects.giveTheProjectA"))
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
          ? t("helpdesk.projects.projectWasSaved", { name: saved.name })
          : t("helpdesk.projects.projectWasCreated", { name: saved.name })
      )
      onOpenChange(false)
      onSaved?.(saved)
    } catch (e) {
      toast.error(
        e instanceof Error
          ? e.message
          : t("helpdesk.projects.theProjectCouldNot")
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
              <Heading>
                {editing
                  ? t("helpdesk.projects.editProject")
                  : t("helpdesk.projects.newProject")}
              </Heading>
            </Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-6 overflow-y-auto">
            <FormField
              id="project-name"
              label={t("helpdesk.projects.name")}
              error={nameError}
            >
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
            <FormField
              id="project-description"
              label={t("helpdesk.projects.description")}
              optional
            >
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
                {t("helpdesk.projects.cancel")}
              </Button>
            </Drawer.Close>
            <Button
              size="small"
              type="submit"
              isLoading={create.isPending || update.isPending}
            >
              {t("helpdesk.projects.save")}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
