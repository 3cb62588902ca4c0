import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import {
  type LinkStore,
  replaceLinkLists,
} from "../../common/utils/replace-links"

export type SetTeamMembersStepInput = {
  /** The complete member list of each team; teams not listed keep theirs. */
  teams: { id: string; member_ids: string[] }[]
}

function teamMembers(container: MedusaContainer): LinkStore {
  const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  return {
    list: async (team_id) =>
      (
        await helpdesk.listHelpdeskTeamMembers(
          { team_id },
          { select: ["id", "user_id"] }
        )
      ).map((m) => ({ id: m.id, target_id: m.user_id })),
    remove: (ids) => helpdesk.deleteHelpdeskTeamMembers(ids),
    add: (team_id, userIds) =>
      helpdesk.createHelpdeskTeamMembers(
        userIds.map((user_id) => ({ team_id, user_id }))
      ),
  }
}

export const setTeamMembersStepId = "set-helpdesk-team-members"
/**
 * This step replaces the member lists of teams, remembering the previous lists to restore them.
 */
export const setTeamMembersStep = createStep(
  setTeamMembersStepId,
  async ({ teams }: SetTeamMembersStepInput, { container }) => {
    const before = await replaceLinkLists(
      teamMembers(container),
      teams.map((t) => ({ owner_id: t.id, target_ids: t.member_ids }))
    )
    return new StepResponse(undefined, before)
  },
  async (before, { container }) => {
    if (before?.length) {
      await replaceLinkLists(teamMembers(container), before)
    }
  }
)
