import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createHook,
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { HelpdeskTeamEvents } from "../events"
import { deleteTeamsStep } from "../steps/delete-teams"
import { validateTeamsExistStep } from "../steps/validate-teams-exist"

export type DeleteTeamsWorkflowInput = { ids: string[] }

export const deleteTeamsWorkflowId = "delete-helpdesk-teams"
/**
 * This workflow deletes teams. Their tickets stay, without a team.
 *
 * @example
 * await deleteTeamsWorkflow(container).run({ input: { ids: ["hdtm_…"] } })
 */
export const deleteTeamsWorkflow = createWorkflow(
  deleteTeamsWorkflowId,
  (input: WorkflowData<DeleteTeamsWorkflowInput>) => {
    validateTeamsExistStep({ ids: input.ids })
    deleteTeamsStep({ ids: input.ids })

    const events = transform({ input }, ({ input }) =>
      input.ids.map((id) => ({ id }))
    )
    emitEventStep({ eventName: HelpdeskTeamEvents.DELETED, data: events })

    const teamsDeleted = createHook("teamsDeleted", { ids: input.ids })

    return new WorkflowResponse(input.ids, { hooks: [teamsDeleted] })
  }
)
