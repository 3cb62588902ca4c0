import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createHook,
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { validateUsersExistStep } from "../../common/steps/validate-users-exist"
import { HelpdeskTeamEvents } from "../events"
import { createTeamsStep } from "../steps/create-teams"
import { setTeamMembersStep } from "../steps/set-team-members"
import type { CreateTeamInput } from "../types"

export type CreateTeamsWorkflowInput = { teams: CreateTeamInput[] }

export const createTeamsWorkflowId = "create-helpdesk-teams"
/**
 * This workflow creates teams of Medusa users that tickets can be given to.
 *
 * @example
 * const { result } = await createTeamsWorkflow(container).run({
 *   input: { teams: [{ name: "Returns", member_ids: [userId] }] },
 * })
 */
export const createTeamsWorkflow = createWorkflow(
  createTeamsWorkflowId,
  (input: WorkflowData<CreateTeamsWorkflowInput>) => {
    const userIds = transform({ input }, ({ input }) =>
      input.teams.flatMap((t) => t.member_ids ?? [])
    )
    validateUsersExistStep({
      field: "member_ids",
      user_ids: userIds,
      hint: "Choose members among the users listed in Settings → Users.",
    })

    const teamsData = transform({ input }, ({ input }) => ({
      teams: input.teams.map(({ member_ids: _members, ...team }) => team),
    }))
    const teams = createTeamsStep(teamsData)

    const members = transform({ input, teams }, ({ input, teams }) => ({
      teams: teams.map((t, i) => ({
        id: t.id,
        member_ids: [...new Set(input.teams[i].member_ids ?? [])],
      })),
    }))
    setTeamMembersStep(members)

    const events = transform({ teams }, ({ teams }) =>
      teams.map((t) => ({ id: t.id }))
    )
    emitEventStep({ eventName: HelpdeskTeamEvents.CREATED, data: events })

    const teamsCreated = createHook("teamsCreated", { teams })

    return new WorkflowResponse(teams, { hooks: [teamsCreated] })
  }
)
