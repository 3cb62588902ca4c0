import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import type { UpdateTaskInput } from "../types"

export type UpdateTasksStepInput = { tasks: UpdateTaskInput[] }

export const updateTasksStepId = "update-helpdesk-tasks"
/**
 * This step updates tasks, keeping their previous values to restore them.
 */
export const updateTasksStep = createStep(
  updateTasksStepId,
  async ({ tasks }: UpdateTasksStepInput, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const touched = [...new Set(tasks.flatMap((t) => Object.keys(t)))]
    const before = await helpdesk.listHelpdeskTasks(
      { id: tasks.map((t) => t.id) },
      { select: touched as never[] }
    )
    // Only the touched columns were selected, so the snapshot restores exactly what changes.
    const snapshot = before as unknown as UpdateTaskInput[]

    const updated = await helpdesk.updateHelpdeskTasks(tasks)
    return new StepResponse(updated, snapshot)
  },
  async (before, { container }) => {
    if (!before?.length) {
      return
    }
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    await helpdesk.updateHelpdeskTasks(before)
  }
)
