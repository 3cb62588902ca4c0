import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import { assertUsersExist } from "../../common/utils/assert-users-exist"
import { missingIds, quoteIds } from "../../common/utils/ids"
import { ticketNotFound } from "../../tickets/utils/retrieve-ticket"

export type ValidateTaskReferencesStepInput = {
  tasks: {
    assignee_id?: string | null
    project_id?: string | null
    ticket_id?: string | null
  }[]
  /** The acting user, who must be allowed to see every ticket a task is put on. */
  user_id?: string
}

const ids = (values: (string | null | undefined)[]) => [
  ...new Set(values.filter((v): v is string => !!v)),
]

export const validateTaskReferencesStepId = "validate-helpdesk-task-references"
/**
 * This step checks that the assignee is a Medusa user, that the project exists, and that the
 * ticket exists and is one the acting user may see (otherwise it answers "not found", as the
 * tickets API does).
 */
export const validateTaskReferencesStep = createStep(
  validateTaskReferencesStepId,
  async (
    { tasks, user_id }: ValidateTaskReferencesStepInput,
    { container }
  ) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)

    await assertUsersExist(container, [
      {
        field: "assignee_id",
        user_ids: ids(tasks.map((t) => t.assignee_id)),
        hint: "Choose an assignee among the users listed in Settings → Users.",
      },
    ])

    const projectIds = ids(tasks.map((t) => t.project_id))
    if (projectIds.length) {
      const projects = await helpdesk.listHelpdeskProjects(
        { id: projectIds },
        { select: ["id"] }
      )
      const missing = missingIds(projectIds, projects)
      if (missing.length) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `project_id: there is no project with the id ${quoteIds(missing)}. Choose an existing project or leave it empty.`
        )
      }
    }

    for (const ticketId of ids(tasks.map((t) => t.ticket_id))) {
      const visible = user_id
        ? await helpdesk.canAccessTicket(user_id, ticketId)
        : (
            await helpdesk.listHelpdeskTickets(
              { id: ticketId },
              { select: ["id"], take: 1 }
            )
          ).length > 0
      if (!visible) {
        throw ticketNotFound(ticketId)
      }
    }
  }
)
