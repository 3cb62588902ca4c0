import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export type DeleteTeamsStepInput = { ids: string[] }

type Removed = {
  team_ids: string[]
  member_ids: string[]
  tickets: { id: string; team_id: string }[]
}

export const deleteTeamsStepId = "delete-helpdesk-teams"
/**
 * This step soft-deletes teams with their member lists. Their tickets stay and lose the team, so
 * no ticket points at a team that no longer exists; compensation puts everything back.
 */
export const deleteTeamsStep = createStep(
  deleteTeamsStepId,
  async ({ ids }: DeleteTeamsStepInput, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const [members, tickets] = await Promise.all([
      helpdesk.listHelpdeskTeamMembers({ team_id: ids }, { select: ["id"] }),
      helpdesk.listHelpdeskTickets(
        { team_id: ids },
        { select: ["id", "team_id"] }
      ),
    ])
    const removed: Removed = {
      team_ids: ids,
      member_ids: members.map((m) => m.id),
      tickets: tickets.map((t) => ({ id: t.id, team_id: t.team_id! })),
    }

    if (removed.tickets.length) {
      await helpdesk.updateHelpdeskTickets({
        selector: { id: removed.tickets.map((t) => t.id) },
        data: { team_id: null },
      })
    }
    if (removed.member_ids.length) {
      await helpdesk.softDeleteHelpdeskTeamMembers(removed.member_ids)
    }
    await helpdesk.softDeleteHelpdeskTeams(ids)
    return new StepResponse(undefined, removed)
  },
  async (removed, { container }) => {
    if (!removed) {
      return
    }
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    await helpdesk.restoreHelpdeskTeams(removed.team_ids)
    if (removed.member_ids.length) {
      await helpdesk.restoreHelpdeskTeamMembers(removed.member_ids)
    }
    if (removed.tickets.length) {
      await helpdesk.updateHelpdeskTickets(removed.tickets)
    }
  }
)
