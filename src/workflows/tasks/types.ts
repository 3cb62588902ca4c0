import type { TaskStatus } from "../../types/ticket"

export type CreateTaskInput = {
  title: string
  description?: string | null
  status?: TaskStatus
  due_at?: Date | null
  /** Medusa user the task is for. */
  assignee_id?: string | null
  project_id?: string | null
  ticket_id?: string | null
}

export type UpdateTaskInput = Partial<CreateTaskInput> & { id: string }
