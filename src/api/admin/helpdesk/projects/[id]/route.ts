import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { deleteProjectsWorkflow } from "../../../../../workflows/projects/workflows/delete-projects"
import { updateProjectsWorkflow } from "../../../../../workflows/projects/workflows/update-projects"
import { refetchProject } from "../helpers"
import type { AdminUpdateProjectType } from "../validators"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const project = await refetchProject(
    req.params.id,
    req.scope,
    req.queryConfig.fields,
    req.auth_context.actor_id
  )
  res.json({ project })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateProjectType>,
  res: MedusaResponse
) => {
  await updateProjectsWorkflow(req.scope).run({
    input: { projects: [{ ...req.validatedBody, id: req.params.id }] },
  })

  const project = await refetchProject(
    req.params.id,
    req.scope,
    req.queryConfig.fields,
    req.auth_context.actor_id
  )
  res.json({ project })
}

export const DELETE = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  await deleteProjectsWorkflow(req.scope).run({
    input: { ids: [req.params.id] },
  })

  res.json({ id: req.params.id, object: "project", deleted: true })
}
