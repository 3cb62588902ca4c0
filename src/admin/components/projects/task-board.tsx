import { Badge, Text } from "@medusajs/ui"
import type { AdminHelpdeskTask } from "../../lib/settings-types"
import { TASK_STATUSES, TaskStatus } from "../../lib/ticket-types"
import { useTranslation } from "react-i18next"
import { TASK_STATUS_LABELS, useAgentDirectory } from "../inbox/ticket-format"
import { TaskCard } from "./task-card"

const EMPTY_COLUMN: Record<TaskStatus, string> = {
  todo: "helpdesk.projects.emptyTodo",
  doing: "helpdesk.projects.emptyDoing",
  done: "helpdesk.projects.emptyDone",
}

/** Tasks in three columns by status; changing a task's status moves it. */
export const TaskBoard = ({ tasks }: { tasks: AdminHelpdeskTask[] }) => {
  const { users } = useAgentDirectory()
  const { t } = useTranslation()

  return (
    <div className="grid grid-cols-1 gap-3 p-3 lg:grid-cols-3">
      {TASK_STATUSES.map((status) => {
        const column = tasks.filter((task) => task.status === status)
        return (
          <section
            key={status}
            aria-label={t(TASK_STATUS_LABELS[status])}
            data-column={status}
            className="bg-ui-bg-subtle flex min-h-[200px] flex-col gap-y-2 rounded-lg p-2"
          >
            <div className="flex items-center justify-between px-1 py-1">
              <Text size="small" weight="plus" leading="compact">
                {t(TASK_STATUS_LABELS[status])}
              </Text>
              <Badge size="2xsmall">{column.length}</Badge>
            </div>
            {column.length === 0 ? (
              <Text size="xsmall" className="text-ui-fg-muted px-1">
                {t(EMPTY_COLUMN[status])}
              </Text>
            ) : (
              <ul className="flex flex-col gap-y-2">
                {column.map((task) => (
                  <TaskCard key={task.id} task={task} users={users} />
                ))}
              </ul>
            )}
          </section>
        )
      })}
    </div>
  )
}
