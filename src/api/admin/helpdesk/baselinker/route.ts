import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { HELPDESK_MODULE } from "../../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../../modules/helpdesk/service"

/**
 * Whether BaseLinker is connected and how it is doing: last successful call, calls in the last
 * minute against the budget, the block circuit, cached e-mails. Never the token.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const helpdesk = req.scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  res.json({ baselinker: await helpdesk.retrieveBaselinkerStatus() })
}
