import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createTagsWorkflow } from "../../../../workflows/tags/workflows/create-tags"
import { refetchTag } from "./helpers"
import type { AdminCreateTagType, AdminGetTagsParamsType } from "./validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetTagsParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: tags, metadata } = await query.graph({
    entity: "helpdesk_tag",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })

  res.json({
    tags,
    count: metadata?.count ?? tags.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? tags.length,
  })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateTagType>,
  res: MedusaResponse
) => {
  const { result } = await createTagsWorkflow(req.scope).run({
    input: { tags: [req.validatedBody] },
  })

  const tag = await refetchTag(result[0].id, req.scope, req.queryConfig.fields)
  res.json({ tag })
}
