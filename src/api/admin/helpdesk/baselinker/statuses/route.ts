import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { HELPDESK_MODULE } from "../../../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../../../modules/helpdesk/service"

/**
 * The account's order statuses for the ticket sidebar's select, cached ten minutes. BaseLinker
 * trouble is the answer's `state` (with the last known statuses), never an error.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const helpdesk = req.scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  res.json(await helpdesk.retrieveBaselinkerStatuses())
}
