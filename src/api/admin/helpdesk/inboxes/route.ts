import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createInboxesWorkflow } from "../../../../workflows/inboxes/workflows/create-inboxes"
import { hideUnseenChannels, inboxFields, refetchInbox } from "./helpers"
import type {
  AdminCreateInboxType,
  AdminGetInboxesParamsType,
} from "./validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetInboxesParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: inboxes, metadata } = await query.graph({
    entity: "helpdesk_inbox",
    fields: inboxFields(req.queryConfig.fields),
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })

  res.json({
    inboxes: await hideUnseenChannels(
      req.scope,
      req.auth_context.actor_id,
      inboxes
    ),
    count: metadata?.count ?? inboxes.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? inboxes.length,
  })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateInboxType>,
  res: MedusaResponse
) => {
  const { result } = await createInboxesWorkflow(req.scope).run({
    input: { inboxes: [req.validatedBody] },
  })

  const inbox = await refetchInbox(
    result[0].id,
    req.scope,
    req.queryConfig.fields,
    req.auth_context.actor_id
  )
  res.json({ inbox })
}
