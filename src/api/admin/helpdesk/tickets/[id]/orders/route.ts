import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { TicketOrdersResponse } from "../../../../../../types/orders"
import {
  retrieveTicketOrders,
  retrieveTicketOrdersForUser,
} from "../../../../../../utils/ticket-orders"
import { linkTicketOrderWorkflow } from "../../../../../../workflows/orders/workflows/link-ticket-order"
import { retrieveTicketOrNotFound } from "../../../../../../workflows/tickets/utils/retrieve-ticket"
import type {
  AdminGetTicketOrdersType,
  AdminLinkTicketOrderType,
} from "../../validators"

const ownerOf = (req: AuthenticatedMedusaRequest) =>
  retrieveTicketOrNotFound(req.scope, req.params.id, [
    "id",
    "customer_email",
    "customer_id",
  ])

/**
 * The shopper's orders beside the ticket: Medusa orders by e-mail, customer and link, and the
 * BaseLinker orders of the e-mail. Always 200 for BaseLinker trouble: it is a state.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetTicketOrdersType>,
  res: MedusaResponse<TicketOrdersResponse>
) => {
  const { refresh } = req.validatedQuery as AdminGetTicketOrdersType
  res.json(
    await retrieveTicketOrdersForUser(
      req.scope,
      req.auth_context.actor_id,
      req.params.id,
      { refresh }
    )
  )
}

/** Links a Medusa order to the ticket; answers the ticket's orders as they are now. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminLinkTicketOrderType>,
  res: MedusaResponse<TicketOrdersResponse>
) => {
  await linkTicketOrderWorkflow(req.scope).run({
    input: {
      ticket_id: req.params.id,
      order_id: req.validatedBody.order_id,
      user_id: req.auth_context.actor_id,
    },
  })
  res.json(await retrieveTicketOrders(req.scope, await ownerOf(req)))
}
