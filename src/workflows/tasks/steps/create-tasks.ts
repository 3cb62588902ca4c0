import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import type { CreateTaskInput } from "../types"

export type CreateTasksStepInput = { tasks: CreateTaskInput[] }

export const createTasksStepId = "create-helpdesk-tasks"
/**
 * This step creates tasks.
 */
export const createTasksStep = createStep(
  createTasksStepId,
  async ({ tasks }: CreateTasksStepInput, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const created = await helpdesk.createHelpdeskTasks(tasks)
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
    await helpdesk.deleteHelpdeskTasks(ids)
  }
)
