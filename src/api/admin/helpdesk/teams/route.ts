import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createTeamsWorkflow } from "../../../../workflows/teams/workflows/create-teams"
import { refetchTeam } from "./helpers"
import type { AdminCreateTeamType, AdminGetTeamsParamsType } from "./validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetTeamsParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { user_id, ...filters } = req.filterableFields
  const { data: teams, metadata } = await query.graph({
    entity: "helpdesk_team",
    fields: req.queryConfig.fields,
    filters: user_id ? { ...filters, members: { user_id } } : filters,
    pagination: req.queryConfig.pagination,
  })

  res.json({
    teams,
    count: metadata?.count ?? teams.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? teams.length,
  })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateTeamType>,
  res: MedusaResponse
) => {
  const { result } = await createTeamsWorkflow(req.scope).run({
    input: { teams: [req.validatedBody] },
  })

  const team = await refetchTeam(
    result[0].id,
    req.scope,
    req.queryConfig.fields
  )
  res.json({ team })
}
