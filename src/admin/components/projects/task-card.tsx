import { ArrowUpRightOnBox, Trash } from "@medusajs/icons"
import {
  DatePicker,
  IconButton,
  Input,
  Select,
  Text,
  toast,
  usePrompt,
} from "@medusajs/ui"
import { useEffect, useState } from "react"
import { Link } from "react-router-dom"
import { useDeleteTask, useUpdateTask } from "../../hooks/api/tasks"
import { userDisplayName } from "../../lib/channel-form"
import type {
  AdminHelpdeskTask,
  AdminUpdateHelpdeskTask,
} from "../../lib/settings-types"
import { TASK_STATUSES } from "../../lib/ticket-types"
import { AdminUserOption, TASK_STATUS_LABELS } from "../inbox/ticket-format"
import { useTranslation } from "react-i18next"

const NONE = "__none"

type TaskCardProps = {
  task: AdminHelpdeskTask
  users: AdminUserOption[]
}

/** One task on the board; every field saves as soon as it changes. */
export const TaskCard = ({ task, users }: TaskCardProps) => {
  const { t } = useTranslation()
  const prompt = usePrompt()
  const update = useUpdateTask(task.id)
  const remove = useDeleteTask(task.id)
  const [title, setTitle] = useState(task.title)

  useEffect(() => setTitle(task.title), [task.title])

  const save = async (changes: AdminUpdateHelpdeskTask) => {
    try {
      await update.mutateAsync(changes)
    } catch (e) {
      toast.error(
        e instanceof Error ? e.message : t("helpdesk.projects.theTaskCouldNot2")
      )
    }
  }

  const saveTitle = () => {
    const next = title.trim()
    if (!next) {
      setTitle(task.title)
      toast.error(t("helpdesk.projects.aTaskNeedsA"))
      return
    }
    if (next !== task.title) {
      void save({ title: next })
    }
  }

  const onDelete = async () => {
    const confirmed = await prompt({
      title: t("helpdesk.projects.deleteThisTask"),
      description: t("helpdesk.projects.willBeRemovedFrom", {
        title: task.title,
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
        t("helpdesk.projects.taskWasDeleted", { title: task.title })
      )
    } catch (e) {
      toast.error(
        e instanceof Error ? e.message : t("helpdesk.projects.theTaskCouldNot3")
      )
    }
  }

  return (
    <li
      data-task-id={task.id}
      className="bg-ui-bg-base shadow-elevation-card-rest flex flex-col gap-y-2 rounded-lg p-3"
    >
      <div className="flex items-center gap-x-1">
        <Input
          size="small"
          aria-label={t("helpdesk.projects.taskTitle")}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          onBlur={saveTitle}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.currentTarget.blur()
            }
          }}
          className="flex-1"
        />
        <IconButton
          size="small"
          variant="transparent"
          aria-label={t("helpdesk.projects.deleteTask", { title: task.title })}
          onClick={() => void onDelete()}
        >
          <Trash />
        </IconButton>
      </div>
      {task.description && (
        <Text size="xsmall" className="text-ui-fg-subtle whitespace-pre-wrap">
          {task.description}
        </Text>
      )}
      <div className="grid grid-cols-2 gap-2">
        <Select
          size="small"
          value={task.status}
          onValueChange={(status) =>
            void save({ status: status as AdminHelpdeskTask["status"] })
          }
        >
          <Select.Trigger aria-label={t("helpdesk.projects.status")}>
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {TASK_STATUSES.map((status) => (
              <Select.Item key={status} value={status}>
                {t(TASK_STATUS_LABELS[status])}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
        <Select
          size="small"
          value={task.assignee_id ?? NONE}
          onValueChange={(value) =>
            void save({ assignee_id: value === NONE ? null : value })
          }
        >
          <Select.Trigger aria-label={t("helpdesk.projects.assignee")}>
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={NONE}>
              {t("helpdesk.projects.nobody")}
            </Select.Item>
            {users.map((user) => (
              <Select.Item key={user.id} value={user.id}>
                {userDisplayName(user)}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
      <DatePicker
        aria-label={t("helpdesk.projects.dueDate")}
        size="small"
        granularity="day"
        value={task.due_at ? new Date(task.due_at) : null}
        onChange={(date) =>
          void save({ due_at: date ? date.toISOString() : null })
        }
      />
      {task.ticket_id && (
        <Link
          to={`/helpdesk/tickets/${task.ticket_id}`}
          className="txt-compact-xsmall text-ui-fg-interactive hover:text-ui-fg-interactive-hover inline-flex items-center gap-x-1 outline-none focus-visible:underline"
        >
          <ArrowUpRightOnBox className="size-3" />
          {t("helpdesk.projects.openTicket")}
        </Link>
      )}
    </li>
  )
}
