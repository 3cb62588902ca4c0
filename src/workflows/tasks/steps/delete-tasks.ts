import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export type DeleteTasksStepInput = { ids: string[] }

export const deleteTasksStepId = "delete-helpdesk-tasks"
/**
 * This step soft-deletes tasks; compensation restores them.
 */
export const deleteTasksStep = createStep(
  deleteTasksStepId,
  async ({ ids }: DeleteTasksStepInput, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    await helpdesk.softDeleteHelpdeskTasks(ids)
    return new StepResponse(undefined, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    await helpdesk.restoreHelpdeskTasks(ids)
  }
)
