import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createHook,
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { HelpdeskProjectEvents } from "../events"
import { deleteProjectsStep } from "../steps/delete-projects"
import { validateProjectsExistStep } from "../steps/validate-projects-exist"

export type DeleteProjectsWorkflowInput = { ids: string[] }

export const deleteProjectsWorkflowId = "delete-helpdesk-projects"
/**
 * This workflow deletes projects with their tasks.
 *
 * @example
 * await deleteProjectsWorkflow(container).run({ input: { ids: ["hdpj_…"] } })
 */
export const deleteProjectsWorkflow = createWorkflow(
  deleteProjectsWorkflowId,
  (input: WorkflowData<DeleteProjectsWorkflowInput>) => {
    validateProjectsExistStep({ ids: input.ids })
    deleteProjectsStep({ ids: input.ids })

    const events = transform({ input }, ({ input }) =>
      input.ids.map((id) => ({ id }))
    )
    emitEventStep({ eventName: HelpdeskProjectEvents.DELETED, data: events })

    const projectsDeleted = createHook("projectsDeleted", { ids: input.ids })

    return new WorkflowResponse(input.ids, { hooks: [projectsDeleted] })
  }
)
