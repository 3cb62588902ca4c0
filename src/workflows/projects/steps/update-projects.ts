import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import type { UpdateProjectInput } from "../types"

export type UpdateProjectsStepInput = { projects: UpdateProjectInput[] }

export const updateProjectsStepId = "update-helpdesk-projects"
/**
 * This step updates projects, keeping their previous values to restore them.
 */
export const updateProjectsStep = createStep(
  updateProjectsStepId,
  async ({ projects }: UpdateProjectsStepInput, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const touched = [...new Set(projects.flatMap((t) => Object.keys(t)))]
    const before = await helpdesk.listHelpdeskProjects(
      { id: projects.map((t) => t.id) },
      { select: touched as never[] }
    )
    // Only the touched columns were selected, so the snapshot restores exactly what changes.
    const snapshot = before as unknown as UpdateProjectInput[]

    const updated = await helpdesk.updateHelpdeskProjects(projects)
    return new StepResponse(updated, snapshot)
  },
  async (before, { container }) => {
    if (!before?.length) {
      return
    }
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    await helpdesk.updateHelpdeskProjects(before)
  }
)
