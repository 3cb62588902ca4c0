import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { deleteTeamsWorkflow } from "../../../../../workflows/teams/workflows/delete-teams"
import { updateTeamsWorkflow } from "../../../../../workflows/teams/workflows/update-teams"
import { refetchTeam } from "../helpers"
import type { AdminUpdateTeamType } from "../validators"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const team = await refetchTeam(
    req.params.id,
    req.scope,
    req.queryConfig.fields
  )
  res.json({ team })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateTeamType>,
  res: MedusaResponse
) => {
  await updateTeamsWorkflow(req.scope).run({
    input: { teams: [{ ...req.validatedBody, id: req.params.id }] },
  })

  const team = await refetchTeam(
    req.params.id,
    req.scope,
    req.queryConfig.fields
  )
  res.json({ team })
}

export const DELETE = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  await deleteTeamsWorkflow(req.scope).run({
    input: { ids: [req.params.id] },
  })

  res.json({ id: req.params.id, object: "team", deleted: true })
}
