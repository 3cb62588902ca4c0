import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import type { CreateProjectInput } from "../types"

export type CreateProjectsStepInput = { projects: CreateProjectInput[] }

export const createProjectsStepId = "create-helpdesk-projects"
/**
 * This step creates projects.
 */
export const createProjectsStep = createStep(
  createProjectsStepId,
  async ({ projects }: CreateProjectsStepInput, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const created = await helpdesk.createHelpdeskProjects(projects)
    return new StepResponse(
      created,
      created.map((t) => t.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    await helpdesk.deleteHelpdeskProjects(ids)
  }
)
