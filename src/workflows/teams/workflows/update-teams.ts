import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createHook,
  createWorkflow,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { validateUsersExistStep } from "../../common/steps/validate-users-exist"
import { HelpdeskTeamEvents } from "../events"
import { setTeamMembersStep } from "../steps/set-team-members"
import { updateTeamsStep } from "../steps/update-teams"
import { validateTeamsExistStep } from "../steps/validate-teams-exist"
import type { UpdateTeamInput } from "../types"

export type UpdateTeamsWorkflowInput = { teams: UpdateTeamInput[] }

export const updateTeamsWorkflowId = "update-helpdesk-teams"
/**
 * This workflow updates teams. `member_ids`, when given, replaces the team's whole member list.
 *
 * @example
 * await updateTeamsWorkflow(container).run({
 *   input: { teams: [{ id: "hdtm_…", name: "Returns", member_ids: [userId] }] },
 * })
 */
export const updateTeamsWorkflow = createWorkflow(
  updateTeamsWorkflowId,
  (input: WorkflowData<UpdateTeamsWorkflowInput>) => {
    const checks = transform({ input }, ({ input }) => ({
      ids: input.teams.map((t) => t.id),
      user_ids: input.teams.flatMap((t) => t.member_ids ?? []),
    }))

    validateTeamsExistStep({ ids: checks.ids })
    validateUsersExistStep({
      field: "member_ids",
      user_ids: checks.user_ids,
      hint: "Choose members among the users listed in Settings → Users.",
    })

    const fields = transform({ input }, ({ input }) => ({
      teams: input.teams.map(({ member_ids: _members, ...team }) => team),
    }))
    const teams = updateTeamsStep(fields)

    const memberLists = transform({ input }, ({ input }) => ({
      teams: input.teams.flatMap((t) =>
        t.member_ids
          ? [{ id: t.id, member_ids: [...new Set(t.member_ids)] }]
          : []
      ),
    }))
    when(
      { memberLists },
      ({ memberLists }) => memberLists.teams.length > 0
    ).then(() => {
      setTeamMembersStep(memberLists)
    })

    const events = transform({ checks }, ({ checks }) =>
      checks.ids.map((id) => ({ id }))
    )
    emitEventStep({ eventName: HelpdeskTeamEvents.UPDATED, data: events })

    const teamsUpdated = createHook("teamsUpdated", { teams })

    return new WorkflowResponse(teams, { hooks: [teamsUpdated] })
  }
)
