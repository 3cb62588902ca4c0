import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createHook,
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { HelpdeskTaskEvents } from "../events"
import { deleteTasksStep } from "../steps/delete-tasks"
import { validateTasksAccessStep } from "../steps/validate-tasks-access"

export type DeleteTasksWorkflowInput = {
  ids: string[]
  /** The acting user; tasks on tickets this user may not see are not found. */
  user_id?: string
}

export const deleteTasksWorkflowId = "delete-helpdesk-tasks"
/**
 * This workflow deletes tasks.
 *
 * @example
 * await deleteTasksWorkflow(container).run({ input: { ids: ["hdtk_…"], user_id: "user_…" } })
 */
export const deleteTasksWorkflow = createWorkflow(
  deleteTasksWorkflowId,
  (input: WorkflowData<DeleteTasksWorkflowInput>) => {
    validateTasksAccessStep({ ids: input.ids, user_id: input.user_id })
    deleteTasksStep({ ids: input.ids })

    const events = transform({ input }, ({ input }) =>
      input.ids.map((id) => ({ id }))
    )
    emitEventStep({ eventName: HelpdeskTaskEvents.DELETED, data: events })

    const tasksDeleted = createHook("tasksDeleted", { ids: input.ids })

    return new WorkflowResponse(input.ids, { hooks: [tasksDeleted] })
  }
)
