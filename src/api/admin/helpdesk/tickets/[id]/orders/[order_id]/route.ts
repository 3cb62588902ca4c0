import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { DeleteResponse } from "@medusajs/framework/types"
import { unlinkTicketOrderWorkflow } from "../../../../../../../workflows/orders/workflows/unlink-ticket-order"

/** Removes the link between the ticket and an order; the order itself is untouched. */
export const DELETE = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<DeleteResponse<"ticket_order">>
) => {
  const { result } = await unlinkTicketOrderWorkflow(req.scope).run({
    input: {
      ticket_id: req.params.id,
      order_id: req.params.order_id,
      user_id: req.auth_context.actor_id,
    },
  })
  res.json({ id: result.order_id, object: "ticket_order", deleted: true })
}
