import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createHook,
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { HelpdeskTaskEvents } from "../events"
import { updateTasksStep } from "../steps/update-tasks"
import { validateTaskReferencesStep } from "../steps/validate-task-references"
import { validateTasksAccessStep } from "../steps/validate-tasks-access"
import type { UpdateTaskInput } from "../types"

export type UpdateTasksWorkflowInput = {
  tasks: UpdateTaskInput[]
  /** The acting user; tasks on tickets this user may not see are not found. */
  user_id?: string
}

export const updateTasksWorkflowId = "update-helpdesk-tasks"
/**
 * This workflow updates tasks: fields left out keep their values, `null` clears a field.
 *
 * @example
 * await updateTasksWorkflow(container).run({
 *   input: { tasks: [{ id: "hdtk_…", status: "done" }], user_id: "user_…" },
 * })
 */
export const updateTasksWorkflow = createWorkflow(
  updateTasksWorkflowId,
  (input: WorkflowData<UpdateTasksWorkflowInput>) => {
    const ids = transform({ input }, ({ input }) =>
      input.tasks.map((t) => t.id)
    )

    validateTasksAccessStep({ ids, user_id: input.user_id })
    validateTaskReferencesStep({ tasks: input.tasks, user_id: input.user_id })

    const tasks = updateTasksStep({ tasks: input.tasks })

    const events = transform({ ids }, ({ ids }) => ids.map((id) => ({ id })))
    emitEventStep({ eventName: HelpdeskTaskEvents.UPDATED, data: events })

    const tasksUpdated = createHook("tasksUpdated", { tasks })

    return new WorkflowResponse(tasks, { hooks: [tasksUpdated] })
  }
)
