import { PencilSquare, Plus, Trash } from "@medusajs/icons"
import {
  Button,
  clx,
  Container,
  DropdownMenu,
  Heading,
  IconButton,
  Skeleton,
  Text,
  toast,
  usePrompt,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useSearchParams } from "react-router-dom"
import { NewTaskDrawer } from "../../../components/projects/new-task-drawer"
import { ProjectDrawer } from "../../../components/projects/project-drawer"
import { TaskBoard } from "../../../components/projects/task-board"
import { useDeleteProject, useProjects } from "../../../hooks/api/projects"
import { useTasks } from "../../../hooks/api/tasks"
import type { AdminHelpdeskProject } from "../../../lib/settings-types"
import { LOOKUP_QUERY } from "../../../lib/lookup"
import { translate } from "../../../lib/locale"
import { useTranslation } from "react-i18next"

/** Pseudo-projects: every task, and the tasks not filed in a project. */
const ALL = "all"
const NO_PROJECT = "none"

const TASK_LIMIT = 100

const ProjectNavItem = ({
  selected,
  label,
  onSelect,
}: {
  selected: boolean
  label: string
  onSelect: () => void
}) => (
  <button
    type="button"
    aria-current={selected ? "page" : undefined}
    onClick={onSelect}
    className={clx(
      "txt-compact-small truncate rounded-md px-2 py-1.5 text-left outline-none transition-colors",
      "hover:bg-ui-bg-base-hover focus-visible:shadow-borders-focus",
      selected
        ? "bg-ui-bg-base-pressed text-ui-fg-base font-medium"
        : "text-ui-fg-subtle"
    )}
  >
    {label}
  </button>
)

const ProjectMenu = ({
  project,
  onEdit,
  onDeleted,
}: {
  project: AdminHelpdeskProject
  onEdit: () => void
  onDeleted: () => void
}) => {
  const { t } = useTranslation()
  const prompt = usePrompt()
  const remove = useDeleteProject(project.id)

  const onDelete = async () => {
    const confirmed = await prompt({
      title: t("helpdesk.projects.deleteThisProject"),
      description: t("helpdesk.projects.willBeDeletedIts", {
        name: project.name,
      }),
      confirmText: t("helpdesk.projects.delete"),
      cancelText: t("helpdesk.projects.cancel"),
    })
    if (!confirmed) {
      return
    }
    try {
      await remove.mutateAsync()
      toast.success(
        t("helpdesk.projects.projectWasDeleted", { name: project.name })
      )
      onDeleted()
    } catch (e) {
      toast.error(
        e instanceof Error
          ? e.message
          : t("helpdesk.projects.theProjectCouldNot2")
      )
    }
  }

  return (
    <DropdownMenu>
      <DropdownMenu.Trigger asChild>
        <IconButton
          size="small"
          variant="transparent"
          aria-label={t("helpdesk.projects.projectActions")}
        >
          <PencilSquare />
        </IconButton>
      </DropdownMenu.Trigger>
      <DropdownMenu.Content align="end">
        <DropdownMenu.Item className="gap-x-2" onSelect={onEdit}>
          <PencilSquare className="text-ui-fg-subtle" />
          {t("helpdesk.projects.rename")}
        </DropdownMenu.Item>
        <DropdownMenu.Separator />
        <DropdownMenu.Item className="gap-x-2" onSelect={() => void onDelete()}>
          <Trash className="text-ui-fg-subtle" />
          {t("helpdesk.projects.delete")}
        </DropdownMenu.Item>
      </DropdownMenu.Content>
    </DropdownMenu>
  )
}

const ProjectsPage = () => {
  const { t } = useTranslation()
  const [params, setParams] = useSearchParams()
  const selected = params.get("project") ?? ALL
  const [projectDrawer, setProjectDrawer] = useState<{
    open: boolean
    project: AdminHelpdeskProject | null
  }>({ open: false, project: null })
  const [taskOpen, setTaskOpen] = useState(false)

  const {
    projects,
    isPending: projectsPending,
    isError: projectsFailed,
    error: projectsError,
  } = useProjects(LOOKUP_QUERY)

  const realProject = projects?.find((p) => p.id === selected) ?? null

  const {
    tasks,
    isPending: tasksPending,
    isError: tasksFailed,
    error: tasksError,
  } = useTasks({
    limit: TASK_LIMIT,
    offset: 0,
    project_id:
      selected === ALL || selected === NO_PROJECT ? undefined : selected,
  })

  const shown = useMemo(
    () =>
      selected === NO_PROJECT
        ? (tasks ?? []).filter((task) => !task.project_id)
        : (tasks ?? []),
    [tasks, selected]
  )

  if (projectsFailed) {
    throw projectsError
  }
  if (tasksFailed) {
    throw tasksError
  }

  const select = (project: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current)
        if (project === ALL) {
          next.delete("project")
        } else {
          next.set("project", project)
        }
        return next
      },
      { replace: true }
    )

  const title = realProject
    ? realProject.name
    : selected === NO_PROJECT
      ? t("helpdesk.projects.tasksWithoutAProject")
      : t("helpdesk.projects.allTasks")

  return (
    <div className="flex flex-col gap-3 xl:flex-row xl:items-start">
      <Container className="flex w-full shrink-0 flex-col gap-y-1 p-2 xl:w-[240px]">
        <div className="flex items-center justify-between px-2 py-1">
          <Heading level="h2">{t("helpdesk.projects.projects")}</Heading>
          <IconButton
            size="small"
            variant="transparent"
            aria-label={t("helpdesk.projects.newProject")}
            onClick={() => setProjectDrawer({ open: true, project: null })}
          >
            <Plus />
          </IconButton>
        </div>
        <nav
          aria-label={t("helpdesk.projects.projects")}
          className="flex flex-col gap-y-0.5"
        >
          <ProjectNavItem
            label={t("helpdesk.projects.allTasks")}
            selected={selected === ALL}
            onSelect={() => select(ALL)}
          />
          {projectsPending ? (
            <Skeleton className="mx-2 h-6" />
          ) : (
            (projects ?? []).map((project) => (
              <ProjectNavItem
                key={project.id}
                label={project.name}
                selected={project.id === selected}
                onSelect={() => select(project.id)}
              />
            ))
          )}
          <ProjectNavItem
            label={t("helpdesk.projects.withoutAProject")}
            selected={selected === NO_PROJECT}
            onSelect={() => select(NO_PROJECT)}
          />
        </nav>
        {!projectsPending && !projects?.length && (
          <Text size="xsmall" className="text-ui-fg-muted px-2 pt-1">
            {t("helpdesk.projects.groupTasksIntoProjects")}
          </Text>
        )}
      </Container>
      <Container className="min-w-0 flex-1 divide-y p-0">
        <div className="flex items-start justify-between gap-x-4 px-6 py-4">
          <div className="flex min-w-0 flex-col gap-y-1">
            <div className="flex items-center gap-x-1">
              <Heading>{title}</Heading>
              {realProject && (
                <ProjectMenu
                  project={realProject}
                  onEdit={() =>
                    setProjectDrawer({ open: true, project: realProject })
                  }
                  onDeleted={() => select(ALL)}
                />
              )}
            </div>
            <Text size="small" className="text-ui-fg-subtle">
              {realProject?.description ||
                t("helpdesk.projects.followUpsThatOutlive")}
            </Text>
          </div>
          <Button
            size="small"
            variant="secondary"
            onClick={() => setTaskOpen(true)}
          >
            {t("helpdesk.projects.addTask")}
          </Button>
        </div>
        {tasksPending ? (
          <div className="grid grid-cols-1 gap-3 p-3 lg:grid-cols-3">
            <Skeleton className="h-40" />
            <Skeleton className="h-40" />
            <Skeleton className="h-40" />
          </div>
        ) : (
          <TaskBoard tasks={shown} />
        )}
      </Container>
      <ProjectDrawer
        open={projectDrawer.open}
        project={projectDrawer.project}
        onOpenChange={(open) =>
          setProjectDrawer((current) => ({ ...current, open }))
        }
        onSaved={(project) => select(project.id)}
      />
      <NewTaskDrawer
        open={taskOpen}
        onOpenChange={setTaskOpen}
        projectId={realProject?.id}
      />
    </div>
  )
}

export const handle = {
  breadcrumb: () => translate("helpdesk.projects.projects"),
}

export default ProjectsPage
