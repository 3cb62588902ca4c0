import type { MedusaResponse } from "@medusajs/framework/http"
import { HELPDESK_MODULE } from "../../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../../modules/helpdesk/service"
import {
  TICKET_RECORD_FIELDS,
  toWireConversation,
  type TicketRecord,
} from "../../../../publisher/serialize"
import type { VisitorRequest } from "../../middlewares"

export const GET = async (req: VisitorRequest, res: MedusaResponse) => {
  const helpdesk = req.scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const [ticket] = (await helpdesk.listHelpdeskTickets(
    { id: req.params.id },
    { select: [...TICKET_RECORD_FIELDS], take: 1 }
  )) as unknown as TicketRecord[]
  if (!ticket) {
    return res
      .status(404)
      .json({ type: "not_found", message: "This conversation was not found." })
  }
  res.json({ conversation: await toWireConversation(req.scope, ticket) })
}
