import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createProjectsWorkflow } from "../../../../workflows/projects/workflows/create-projects"
import { projectQueryFields, refetchProject, withVisibleTasks } from "./helpers"
import type {
  AdminCreateProjectType,
  AdminGetProjectsParamsType,
} from "./validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetProjectsParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "helpdesk_project",
    fields: projectQueryFields(req.queryConfig.fields),
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  const projects = await withVisibleTasks(
    req.scope,
    req.auth_context.actor_id,
    data
  )

  res.json({
    projects,
    count: metadata?.count ?? projects.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? projects.length,
  })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateProjectType>,
  res: MedusaResponse
) => {
  const { result } = await createProjectsWorkflow(req.scope).run({
    input: { projects: [req.validatedBody] },
  })

  const project = await refetchProject(
    result[0].id,
    req.scope,
    req.queryConfig.fields,
    req.auth_context.actor_id
  )
  res.json({ project })
}
