import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { deleteTagsWorkflow } from "../../../../../workflows/tags/workflows/delete-tags"
import { updateTagsWorkflow } from "../../../../../workflows/tags/workflows/update-tags"
import { refetchTag } from "../helpers"
import type { AdminUpdateTagType } from "../validators"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const tag = await refetchTag(req.params.id, req.scope, req.queryConfig.fields)
  res.json({ tag })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateTagType>,
  res: MedusaResponse
) => {
  await updateTagsWorkflow(req.scope).run({
    input: { tags: [{ ...req.validatedBody, id: req.params.id }] },
  })

  const tag = await refetchTag(req.params.id, req.scope, req.queryConfig.fields)
  res.json({ tag })
}

export const DELETE = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  await deleteTagsWorkflow(req.scope).run({
    input: { ids: [req.params.id] },
  })

  res.json({ id: req.params.id, object: "tag", deleted: true })
}
