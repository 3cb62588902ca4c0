import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { useTasks } from "../../hooks/api/tasks"
import {
  formatDateTime,
  TASK_STATUS_LABELS,
  useAgentDirectory,
} from "../inbox/ticket-format"
import { Bidi } from "../../lib/bidi"

const STATUS_COLORS = {
  todo: "grey",
  doing: "blue",
  done: "green",
} as const

/** The tasks made from this ticket, with the way to the Projects board. */
export const TicketTasks = ({ ticketId }: { ticketId: string }) => {
  const { tasks, isPending } = useTasks({ ticket_id: ticketId, limit: 50 })
  const { nameOf } = useAgentDirectory()
  const { t } = useTranslation()

  return (
    <Container
      role="region"
      className="divide-y p-0"
      aria-label={t("helpdesk.ticketTasks.title")}
    >
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">{t("helpdesk.ticketTasks.title")}</Heading>
        <Link
          to="/helpdesk/projects"
          className="txt-compact-small text-ui-fg-interactive hover:text-ui-fg-interactive-hover outline-none focus-visible:underline"
        >
          {t("helpdesk.ticketTasks.openProjects")}
        </Link>
      </div>
      {isPending ? (
        <Text size="small" className="text-ui-fg-muted px-6 py-4">
          {t("helpdesk.ticketTasks.loading")}
        </Text>
      ) : !tasks?.length ? (
        <Text size="small" className="text-ui-fg-muted px-6 py-4">
          {t("helpdesk.ticketTasks.empty")}
        </Text>
      ) : (
        <ul className="divide-y">
          {tasks.map((task) => (
            <li key={task.id} className="flex flex-col gap-y-1 px-6 py-3">
              <div className="flex items-center justify-between gap-x-2">
                <Text
                  size="small"
                  weight="plus"
                  leading="compact"
                  className="truncate"
                >
                  <Bidi>{task.title}</Bidi>
                </Text>
                <Badge size="2xsmall" color={STATUS_COLORS[task.status]}>
                  {t(TASK_STATUS_LABELS[task.status])}
                </Badge>
              </div>
              <Text size="xsmall" className="text-ui-fg-subtle">
                {[
                  nameOf(task.assignee_id) ?? t("helpdesk.views.unassigned"),
                  task.due_at
                    ? t("helpdesk.ticketTasks.due", {
                        date: formatDateTime(task.due_at),
                      })
                    : null,
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </Text>
            </li>
          ))}
        </ul>
      )}
    </Container>
  )
}
