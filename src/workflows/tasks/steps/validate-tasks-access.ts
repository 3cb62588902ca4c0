import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import { quoteIds } from "../../common/utils/ids"

export type ValidateTasksAccessStepInput = {
  ids: string[]
  /** The acting user; a task on a ticket they may not see is treated as missing. */
  user_id?: string
}

export const validateTasksAccessStepId = "validate-helpdesk-tasks-access"
/**
 * This step fails with a not-found error when a task does not exist, or belongs to a ticket the
 * user may not see, so such a task is indistinguishable from one that does not exist.
 */
export const validateTasksAccessStep = createStep(
  validateTasksAccessStepId,
  async ({ ids, user_id }: ValidateTasksAccessStepInput, { container }) => {
    const wanted = [...new Set(ids)]
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const tasks = await helpdesk.listHelpdeskTasks(
      { id: wanted },
      { select: ["id", "ticket_id"] }
    )
    const found = new Set<string>()
    for (const task of tasks) {
      if (
        !task.ticket_id ||
        !user_id ||
        (await helpdesk.canAccessTicket(user_id, task.ticket_id))
      ) {
        found.add(task.id)
      }
    }
    const missing = wanted.filter((id) => !found.has(id))

    if (missing.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Task ${quoteIds(missing)} was not found.`
      )
    }
  }
)
