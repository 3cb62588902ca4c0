import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export type SetTeamMembersStepInput = {
  /** The complete member list of each team; teams not listed keep theirs. */
  teams: { id: string; member_ids: string[] }[]
}

type MemberSnapshot = { team_id: string; user_ids: string[] }[]

async function replaceMembers(
  helpdesk: HelpdeskModuleService,
  teamId: string,
  userIds: string[]
): Promise<void> {
  const current = await helpdesk.listHelpdeskTeamMembers(
    { team_id: teamId },
    { select: ["id", "user_id"] }
  )
  const wanted = new Set(userIds)
  const have = new Set(current.map((m) => m.user_id))

  const stale = current.filter((m) => !wanted.has(m.user_id)).map((m) => m.id)
  if (stale.length) {
    await helpdesk.deleteHelpdeskTeamMembers(stale)
  }
  const fresh = [...wanted].filter((userId) => !have.has(userId))
  if (fresh.length) {
    await helpdesk.createHelpdeskTeamMembers(
      fresh.map((user_id) => ({ team_id: teamId, user_id }))
    )
  }
}

export const setTeamMembersStepId = "set-helpdesk-team-members"
/**
 * This step replaces the member lists of teams, remembering the previous lists to restore them.
 */
export const setTeamMembersStep = createStep(
  setTeamMembersStepId,
  async ({ teams }: SetTeamMembersStepInput, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const before: MemberSnapshot = []

    for (const team of teams) {
      const current = await helpdesk.listHelpdeskTeamMembers(
        { team_id: team.id },
        { select: ["user_id"] }
      )
      before.push({
        team_id: team.id,
        user_ids: current.map((m) => m.user_id),
      })
      await replaceMembers(helpdesk, team.id, team.member_ids)
    }

    return new StepResponse(undefined, before)
  },
  async (before, { container }) => {
    if (!before?.length) {
      return
    }
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    for (const snapshot of before) {
      await replaceMembers(helpdesk, snapshot.team_id, snapshot.user_ids)
    }
  }
)
