import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import type { HelpdeskOrder, HelpdeskOrderStatus } from "../../../types/orders"
import { retrieveTicketOrNotFound } from "../../tickets/utils/retrieve-ticket"
import { systemLines } from "../../tickets/utils/system-lines"
import { BASELINKER_REFUSED } from "../utils/errors"

export type PrepareBaselinkerStatusChangeStepInput = {
  ticket_id: string
  order_id: string
  status_id: string
}

export type PrepareBaselinkerStatusChangeStepOutput = {
  ticket: { id: string; channel_id: string | null }
  email: string
  /** the order as cached before the change */
  order: HelpdeskOrder
  /** the order as it reads after the change */
  updated: HelpdeskOrder
  from: HelpdeskOrderStatus
  to: HelpdeskOrderStatus
  /** false when the order already has the status: nothing to do */
  changed: boolean
  line: string
}

export const prepareBaselinkerStatusChangeStepId =
  "prepare-helpdesk-baselinker-status-change"
/**
 * This step checks a BaseLinker status change and plans it: the order must be one of the
 * ticket's shopper's BaseLinker orders (404 otherwise) and the status one of the account's
 * (400 otherwise). When BaseLinker cannot be asked, the change is refused with a sentence
 * (502). It changes nothing itself.
 */
export const prepareBaselinkerStatusChangeStep = createStep(
  prepareBaselinkerStatusChangeStepId,
  async (
    { ticket_id, order_id, status_id }: PrepareBaselinkerStatusChangeStepInput,
    { container }
  ) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const ticket = await retrieveTicketOrNotFound(container, ticket_id, [
      "id",
      "channel_id",
      "customer_email",
    ])

    const orders = await helpdesk.retrieveBaselinkerOrders(
      ticket.customer_email
    )
    if (orders.state === "not_configured") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "BaseLinker is not connected: set the BaseLinker token in the helpdesk options to change order statuses."
      )
    }
    const order = orders.orders.find((o) => o.id === order_id)
    if (!order) {
      if (orders.state !== "ok" && !orders.fetched_at) {
        throw new MedusaError(
          BASELINKER_REFUSED,
          `The status of BaseLinker order ${order_id} was not changed: this shopper's BaseLinker orders could not be loaded (${orders.state}). Try again in a moment.`
        )
      }
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `BaseLinker order ${order_id} is not one of this ticket's orders (${ticket.customer_email}).`
      )
    }

    const { statuses, state } = await helpdesk.retrieveBaselinkerStatuses()
    const to = statuses.find((s) => s.id === status_id)
    if (!to) {
      if (state !== "ok" && !statuses.length) {
        throw new MedusaError(
          BASELINKER_REFUSED,
          `The status of BaseLinker order ${order_id} was not changed: the account's statuses could not be loaded (${state}). Try again in a moment.`
        )
      }
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `status_id: BaseLinker has no order status "${status_id}" in this account. Choose one of ${statuses.map((s) => `${s.id} (${s.name})`).join(", ")}.`
      )
    }

    const output: PrepareBaselinkerStatusChangeStepOutput = {
      ticket: { id: ticket.id, channel_id: ticket.channel_id },
      email: ticket.customer_email,
      order,
      updated: { ...order, status: { ...to } },
      from: order.status,
      to,
      changed: order.status.id !== to.id,
      line: systemLines.baselinkerStatus(
        order.number,
        order.status.name,
        to.name
      ),
    }
    return new StepResponse(output)
  }
)
