import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { HELPDESK_MODULE } from "../../../../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../../../../modules/helpdesk/service"
import { assertTicketAccess } from "../../helpers"

/** The most runs the log answers with. */
const RUNS_LIMIT = 100

/** The automation rules that ran on the ticket, newest first. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  await assertTicketAccess(req.scope, req.auth_context.actor_id, req.params.id)
  const helpdesk = req.scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  res.json({
    automation_runs: await helpdesk.listTicketAutomationRuns(
      req.params.id,
      RUNS_LIMIT
    ),
  })
}
