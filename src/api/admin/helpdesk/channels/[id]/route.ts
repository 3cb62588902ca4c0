import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { deleteChannelsWorkflow } from "../../../../../workflows/channels/workflows/delete-channels"
import { updateChannelsWorkflow } from "../../../../../workflows/channels/workflows/update-channels"
import { getRealtime } from "../../../../../realtime/server"
import { assertChannelsManageable } from "../../../../../workflows/channels/utils/channel-access"
import { refetchChannel } from "../helpers"
import type { AdminUpdateChannelType } from "../validators"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  await assertChannelsManageable(req.scope, req.auth_context.actor_id, [
    req.params.id,
  ])
  const channel = await refetchChannel(
    req.params.id,
    req.scope,
    req.queryConfig.fields
  )
  res.json({ channel })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateChannelType>,
  res: MedusaResponse
) => {
  await updateChannelsWorkflow(req.scope).run({
    input: {
      channels: [{ ...req.validatedBody, id: req.params.id }],
      user_id: req.auth_context.actor_id,
    },
  })
  await getRealtime(req.scope).forgetChannelOrigins(req.params.id)

  const channel = await refetchChannel(
    req.params.id,
    req.scope,
    req.queryConfig.fields
  )
  res.json({ channel })
}

export const DELETE = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  await deleteChannelsWorkflow(req.scope).run({
    input: { ids: [req.params.id], user_id: req.auth_context.actor_id },
  })
  await getRealtime(req.scope).forgetChannelOrigins(req.params.id)

  res.json({ id: req.params.id, object: "channel", deleted: true })
}
