import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

type TeamFields = { id: string; name?: string }

export type UpdateTeamsStepInput = { teams: TeamFields[] }

export const updateTeamsStepId = "update-helpdesk-teams"
/**
 * This step updates teams' own fields, keeping their previous values to restore them.
 */
export const updateTeamsStep = createStep(
  updateTeamsStepId,
  async ({ teams }: UpdateTeamsStepInput, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const before = await helpdesk.listHelpdeskTeams(
      { id: teams.map((t) => t.id) },
      { select: ["id", "name"] }
    )
    const snapshot: TeamFields[] = before.map((t) => ({
      id: t.id,
      name: t.name,
    }))

    const updated = await helpdesk.updateHelpdeskTeams(teams)
    return new StepResponse(updated, snapshot)
  },
  async (before, { container }) => {
    if (!before?.length) {
      return
    }
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    await helpdesk.updateHelpdeskTeams(before)
  }
)
