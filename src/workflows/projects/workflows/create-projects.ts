import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createHook,
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { HelpdeskProjectEvents } from "../events"
import { createProjectsStep } from "../steps/create-projects"
import type { CreateProjectInput } from "../types"

export type CreateProjectsWorkflowInput = { projects: CreateProjectInput[] }

export const createProjectsWorkflowId = "create-helpdesk-projects"
/**
 * This workflow creates projects: boards that group tasks.
 *
 * @example
 * const { result } = await createProjectsWorkflow(container).run({
 *   input: { projects: [{ name: "Spring returns", description: "Refunds to chase" }] },
 * })
 */
export const createProjectsWorkflow = createWorkflow(
  createProjectsWorkflowId,
  (input: WorkflowData<CreateProjectsWorkflowInput>) => {
    const projects = createProjectsStep({ projects: input.projects })

    const events = transform({ projects }, ({ projects }) =>
      projects.map((t) => ({ id: t.id }))
    )
    emitEventStep({ eventName: HelpdeskProjectEvents.CREATED, data: events })

    const projectsCreated = createHook("projectsCreated", { projects })

    return new WorkflowResponse(projects, { hooks: [projectsCreated] })
  }
)
