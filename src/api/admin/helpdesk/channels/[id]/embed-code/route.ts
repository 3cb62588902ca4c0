import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { HELPDESK_MODULE } from "../../../../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../../../../modules/helpdesk/service"
import { assertChannelsManageable } from "../../../../../../workflows/channels/utils/channel-access"
import { buildEmbedCode, refetchChannel } from "../../helpers"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const channel = await refetchChannel(req.params.id, req.scope, ["id"])
  // the same answer as for a channel that does not exist
  await assertChannelsManageable(req.scope, req.auth_context.actor_id, [
    channel.id as string,
  ])

  const helpdesk = req.scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const backendUrl = helpdesk.getBackendUrl()
  if (!backendUrl) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "The embed code needs the public address of this Medusa backend. Set MEDUSA_BACKEND_URL (or the helpdesk option backendUrl) and restart Medusa."
    )
  }

  res.json({ embed_code: buildEmbedCode(backendUrl, channel.id as string) })
}
