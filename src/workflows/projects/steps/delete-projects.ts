import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export type DeleteProjectsStepInput = { ids: string[] }

type Removed = { project_ids: string[]; task_ids: string[] }

export const deleteProjectsStepId = "delete-helpdesk-projects"
/**
 * This step soft-deletes projects together with their tasks, as removing a board removes its
 * cards; compensation restores both.
 */
export const deleteProjectsStep = createStep(
  deleteProjectsStepId,
  async ({ ids }: DeleteProjectsStepInput, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const tasks = await helpdesk.listHelpdeskTasks(
      { project_id: ids },
      { select: ["id"] }
    )
    const removed: Removed = {
      project_ids: ids,
      task_ids: tasks.map((t) => t.id),
    }

    if (removed.task_ids.length) {
      await helpdesk.softDeleteHelpdeskTasks(removed.task_ids)
    }
    await helpdesk.softDeleteHelpdeskProjects(ids)
    return new StepResponse(undefined, removed)
  },
  async (removed, { container }) => {
    if (!removed) {
      return
    }
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    await helpdesk.restoreHelpdeskProjects(removed.project_ids)
    if (removed.task_ids.length) {
      await helpdesk.restoreHelpdeskTasks(removed.task_ids)
    }
  }
)
