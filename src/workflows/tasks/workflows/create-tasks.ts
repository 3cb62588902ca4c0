import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createHook,
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { HelpdeskTaskEvents } from "../events"
import { createTasksStep } from "../steps/create-tasks"
import { validateTaskReferencesStep } from "../steps/validate-task-references"
import type { CreateTaskInput } from "../types"

export type CreateTasksWorkflowInput = {
  tasks: CreateTaskInput[]
  /** The acting user; tasks can only be put on tickets this user may see. */
  user_id?: string
}

export const createTasksWorkflowId = "create-helpdesk-tasks"
/**
 * This workflow creates tasks, optionally on a ticket, in a project, for an assignee.
 *
 * @example
 * const { result } = await createTasksWorkflow(container).run({
 *   input: {
 *     tasks: [{ title: "Refund the parcel", ticket_id: "hdt_…", due_at: new Date("2026-05-01T12:00:00Z") }],
 *     user_id: "user_…",
 *   },
 * })
 */
export const createTasksWorkflow = createWorkflow(
  createTasksWorkflowId,
  (input: WorkflowData<CreateTasksWorkflowInput>) => {
    validateTaskReferencesStep({ tasks: input.tasks, user_id: input.user_id })

    const tasks = createTasksStep({ tasks: input.tasks })

    const events = transform({ tasks }, ({ tasks }) =>
      tasks.map((t) => ({ id: t.id }))
    )
    emitEventStep({ eventName: HelpdeskTaskEvents.CREATED, data: events })

    const tasksCreated = createHook("tasksCreated", { tasks })

    return new WorkflowResponse(tasks, { hooks: [tasksCreated] })
  }
)
