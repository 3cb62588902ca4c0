import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { listManageableChannelIds } from "../../../../workflows/channels/utils/channel-access"
import { createChannelsWorkflow } from "../../../../workflows/channels/workflows/create-channels"
import { formatChannel, refetchChannel } from "./helpers"
import type {
  AdminCreateChannelType,
  AdminGetChannelsParamsType,
} from "./validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetChannelsParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  // only the channels the user may change: the others are not listed at all
  const ids = await listManageableChannelIds(
    req.scope,
    req.auth_context.actor_id
  )
  const { data: channels, metadata } = await query.graph({
    entity: "helpdesk_channel",
    fields: req.queryConfig.fields,
    filters: { ...req.filterableFields, id: ids },
    pagination: req.queryConfig.pagination,
  })

  res.json({
    channels: channels.map(formatChannel),
    count: metadata?.count ?? channels.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? channels.length,
  })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateChannelType>,
  res: MedusaResponse
) => {
  const { result } = await createChannelsWorkflow(req.scope).run({
    input: { channels: [req.validatedBody] },
  })

  const channel = await refetchChannel(
    result[0].id,
    req.scope,
    req.queryConfig.fields
  )
  res.status(200).json({ channel })
}
