import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import {
  isBaselinkerOrderId,
  type AdminSetBaselinkerOrderStatusType,
} from "../../../../../baselinker/validators"
import { assertTicketAccess } from "../../../../helpers"
import { isBaselinkerRefusal } from "../../../../../../../../workflows/baselinker/utils/errors"
import { setBaselinkerOrderStatusWorkflow } from "../../../../../../../../workflows/baselinker/workflows/set-baselinker-order-status"

/**
 * Changes the status of one of the ticket's BaseLinker orders. 400 for a status the account
 * does not have, 404 for an order that is not the ticket's shopper's, 502 with a sentence when
 * BaseLinker refuses or cannot be reached; nothing is changed in each case.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminSetBaselinkerOrderStatusType>,
  res: MedusaResponse
) => {
  const { id, order_id } = req.params
  const userId = req.auth_context.actor_id
  await assertTicketAccess(req.scope, userId, id)
  if (!isBaselinkerOrderId(order_id)) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `BaseLinker order ${order_id} is not one of this ticket's orders.`
    )
  }

  const { result, errors } = await setBaselinkerOrderStatusWorkflow(
    req.scope
  ).run({
    input: {
      ticket_id: id,
      order_id,
      status_id: req.validatedBody.status_id,
      user_id: userId,
    },
    throwOnError: false,
  })
  if (errors.length) {
    const error = errors[0].error
    if (isBaselinkerRefusal(error)) {
      res.status(502).json({
        type: "bad_gateway",
        message: (error as { message: string }).message,
      })
      return
    }
    throw error
  }
  res.json({ order: result.order, changed: result.changed })
}
