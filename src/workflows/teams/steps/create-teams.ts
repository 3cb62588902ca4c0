import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export type CreateTeamsStepInput = { teams: { name: string }[] }

export const createTeamsStepId = "create-helpdesk-teams"
/**
 * This step creates teams (without members; those are set by their own step).
 */
export const createTeamsStep = createStep(
  createTeamsStepId,
  async ({ teams }: CreateTeamsStepInput, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const created = await helpdesk.createHelpdeskTeams(teams)
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
    const members = await helpdesk.listHelpdeskTeamMembers(
      { team_id: ids },
      { select: ["id"] }
    )
    if (members.length) {
      await helpdesk.deleteHelpdeskTeamMembers(members.map((m) => m.id))
    }
    await helpdesk.deleteHelpdeskTeams(ids)
  }
)
