import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { HELPDESK_MODULE } from "../../../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../../../modules/helpdesk/service"
import { REALTIME_PATH, AGENT_NAMESPACE } from "../../../../../types/realtime"

const TOKEN_TTL_SECONDS = 15 * 60

/**
 * A short-lived token for the /agent socket namespace. The socket cannot use the admin
 * session itself, so the session buys this token; clients fetch a new one to reconnect.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const helpdesk = req.scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const expiresAt = Math.floor(Date.now() / 1000) + TOKEN_TTL_SECONDS
  const token = helpdesk.issueToken("agent", {
    u: req.auth_context.actor_id,
    exp: expiresAt,
  })

  res.json({
    token,
    expires_at: new Date(expiresAt * 1000).toISOString(),
    path: REALTIME_PATH,
    namespace: AGENT_NAMESPACE,
  })
}
