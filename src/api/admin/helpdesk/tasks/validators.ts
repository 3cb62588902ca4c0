import { z } from "@medusajs/framework/zod"
import { createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { TASK_STATUSES } from "../../../../types/ticket"
import { createListParams, oneOf, oneOrMany } from "../../../utils/query-params"

const status = z.enum(TASK_STATUSES, {
  message: `status must be one of ${TASK_STATUSES.join(", ")}.`,
})

const dueAt = z
  .string()
  .pipe(
    z.iso.datetime({
      offset: true,
      message:
        'due_at must be an ISO 8601 date-time such as "2026-05-01T12:00:00Z".',
    })
  )
  .transform((value) => new Date(value))

const id = z.string().trim().min(1)

export const AdminCreateTask = z.strictObject({
  title: z.string().trim().min(1).max(250),
  description: z.string().trim().max(5000).nullish(),
  status: status.optional(),
  due_at: dueAt.nullish(),
  assignee_id: id.nullish(),
  project_id: id.nullish(),
  ticket_id: id.nullish(),
})
export type AdminCreateTaskType = z.infer<typeof AdminCreateTask>

export const AdminUpdateTask = AdminCreateTask.partial()
export type AdminUpdateTaskType = z.infer<typeof AdminUpdateTask>

export const AdminGetTaskParams = createSelectParams()
export type AdminGetTaskParamsType = z.infer<typeof AdminGetTaskParams>

export const AdminGetTasksParams = createListParams({
  limit: 50,
  order: "created_at",
}).extend({
  q: z.string().optional(),
  id: oneOrMany(z.string()),
  ticket_id: oneOrMany(z.string()),
  project_id: oneOrMany(z.string()),
  assignee_id: oneOrMany(z.string()),
  status: oneOrMany(oneOf(TASK_STATUSES, "status")),
})
export type AdminGetTasksParamsType = z.infer<typeof AdminGetTasksParams>
