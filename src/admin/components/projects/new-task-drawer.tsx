import {
  Button,
  DatePicker,
  Drawer,
  Heading,
  Input,
  Select,
  Textarea,
  toast,
} from "@medusajs/ui"
import { FormEvent, useEffect, useState } from "react"
import { useNavigate } from "react-router-dom"
import { useProjects } from "../../hooks/api/projects"
import { useCreateTask } from "../../hooks/api/tasks"
import { userDisplayName } from "../../lib/channel-form"
import type { AdminHelpdeskTask } from "../../lib/settings-types"
import { FormField } from "../form-field"
import { useAgentDirectory } from "../inbox/ticket-format"
import { LOOKUP_QUERY } from "../../lib/lookup"
import { useTranslation } from "react-i18next"

const NONE = "__none"

type NewTaskDrawerProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
  /** The ticket the task comes from, if any. */
  ticketId?: string
  /** Preselected project, e.g. the one whose board was open. */
  projectId?: string
  onCreated?: (task: AdminHelpdeskTask) => void
}

type Draft = {
  title: string
  description: string
  assignee_id: string
  project_id: string
  due: Date | null
}

const emptyDraft = (projectId?: string): Draft => ({
  title: "",
  description: "",
  assignee_id: NONE,
  project_id: projectId ?? NONE,
  due: null,
})

/** A task: title, description, who does it, by when, and in which project. */
export const NewTaskDrawer = ({
  open,
  onOpenChange,
  ticketId,
  projectId,
  onCreated,
}: NewTaskDrawerProps) => {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [draft, setDraft] = useState<Draft>(() => emptyDraft(projectId))
  const [titleError, setTitleError] = useState<string>()
  const { users } = useAgentDirectory()
  const { projects } = useProjects(LOOKUP_QUERY)
  const { mutateAsync, isPending } = useCreateTask()

  useEffect(() => {
    if (open) {
      setDraft(emptyDraft(projectId))
      setTitleError(undefined)
    }
  }, [open, projectId])

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    if (!draft.title.trim()) {
      setTitleError(t("helpdesk.projects.giveTheTaskA"))
      return
    }
    try {
      const { task } = await mutateAsync({
        title: draft.title.trim(),
        description: draft.description.trim() || undefined,
        assignee_id: draft.assignee_id === NONE ? undefined : draft.assignee_id,
        project_id: draft.project_id === NONE ? undefined : draft.project_id,
        due_at: draft.due ? draft.due.toISOString() : undefined,
        ticket_id: ticketId,
      })
      onOpenChange(false)
      onCreated?.(task)
      toast.success(
        t("helpdesk.projects.taskWasCreated", { title: task.title }),
        {
          action: ticketId
            ? {
                label: t("helpdesk.projects.openProjects"),
                altText: t("helpdesk.projects.openTheProjectsBoard"),
                onClick: () => void navigate("/helpdesk/projects"),
              }
            : undefined,
        }
      )
    } catch (e) {
      toast.error(
        e instanceof Error ? e.message : t("helpdesk.projects.theTaskCouldNot")
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
              <Heading>{t("helpdesk.projects.newTask")}</Heading>
            </Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-6 overflow-y-auto">
            <FormField
              id="task-title"
              label={t("helpdesk.projects.title")}
              error={titleError}
            >
              <Input
                id="task-title"
                value={draft.title}
                aria-invalid={!!titleError}
                onChange={(e) => {
                  setTitleError(undefined)
                  setDraft((d) => ({ ...d, title: e.target.value }))
                }}
              />
            </FormField>
            <FormField
              id="task-description"
              label={t("helpdesk.projects.description")}
              optional
            >
              <Textarea
                id="task-description"
                rows={4}
                value={draft.description}
                onChange={(e) =>
                  setDraft((d) => ({ ...d, description: e.target.value }))
                }
              />
            </FormField>
            <FormField
              id="task-assignee"
              label={t("helpdesk.projects.assignee")}
              optional
            >
              <Select
                value={draft.assignee_id}
                onValueChange={(assignee_id) =>
                  setDraft((d) => ({ ...d, assignee_id }))
                }
              >
                <Select.Trigger id="task-assignee">
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  <Select.Item value={NONE}>
                    {t("helpdesk.projects.nobodyYet")}
                  </Select.Item>
                  {users.map((user) => (
                    <Select.Item key={user.id} value={user.id}>
                      {userDisplayName(user)}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </FormField>
            <FormField
              id="task-due"
              label={t("helpdesk.projects.dueDate")}
              optional
            >
              <DatePicker
                aria-label={t("helpdesk.projects.dueDate")}
                granularity="day"
                modal
                value={draft.due}
                onChange={(due) => setDraft((d) => ({ ...d, due }))}
              />
            </FormField>
            <FormField
              id="task-project"
              label={t("helpdesk.projects.project")}
              optional
            >
              <Select
                value={draft.project_id}
                onValueChange={(project_id) =>
                  setDraft((d) => ({ ...d, project_id }))
                }
              >
                <Select.Trigger id="task-project">
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  <Select.Item value={NONE}>
                    {t("helpdesk.projects.noProject")}
                  </Select.Item>
                  {(projects ?? []).map((project) => (
                    <Select.Item key={project.id} value={project.id}>
                      {project.name}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </FormField>
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                {t("helpdesk.projects.cancel")}
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={isPending}>
              {t("helpdesk.projects.createTask")}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
