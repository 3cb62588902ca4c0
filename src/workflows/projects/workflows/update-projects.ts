import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createHook,
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { HelpdeskProjectEvents } from "../events"
import { updateProjectsStep } from "../steps/update-projects"
import { validateProjectsExistStep } from "../steps/validate-projects-exist"
import type { UpdateProjectInput } from "../types"

export type UpdateProjectsWorkflowInput = { projects: UpdateProjectInput[] }

export const updateProjectsWorkflowId = "update-helpdesk-projects"
/**
 * This workflow renames projects or changes their description.
 *
 * @example
 * await updateProjectsWorkflow(container).run({
 *   input: { projects: [{ id: "hdpj_…", description: "Refunds to chase" }] },
 * })
 */
export const updateProjectsWorkflow = createWorkflow(
  updateProjectsWorkflowId,
  (input: WorkflowData<UpdateProjectsWorkflowInput>) => {
    const ids = transform({ input }, ({ input }) =>
      input.projects.map((t) => t.id)
    )

    validateProjectsExistStep({ ids })

    const projects = updateProjectsStep({ projects: input.projects })

    const events = transform({ ids }, ({ ids }) => ids.map((id) => ({ id })))
    emitEventStep({ eventName: HelpdeskProjectEvents.UPDATED, data: events })

    const projectsUpdated = createHook("projectsUpdated", { projects })

    return new WorkflowResponse(projects, { hooks: [projectsUpdated] })
  }
)
