import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { listLinkedOrderIds } from "../../../utils/ticket-orders"
import {
  actorName,
  retrieveTicketOrNotFound,
} from "../../tickets/utils/retrieve-ticket"
import { orderLinkLine } from "../utils/system-lines"

export type TicketOrderLinkAction = "link" | "unlink"

export type PrepareTicketOrderLinkStepInput = {
  ticket_id: string
  /** the order's id (`order_…`), or its number as the Admin shows it (`1042`, `#1042`) */
  order_id: string
  user_id: string
  action: TicketOrderLinkAction
}

export type PrepareTicketOrderLinkStepOutput = {
  ticket: { id: string; channel_id: string | null }
  order: { id: string; number: string }
  /** false when the link already is as asked (linking a linked order, unlinking an unlinked one) */
  changes: boolean
  /** the internal line for the transcript, in the ticket's language */
  line_body: string
}

const orderNotFound = (reference: string) =>
  new MedusaError(
    MedusaError.Types.NOT_FOUND,
    `Order "${reference}" was not found. Enter the order's id (order_…) or its number as the Orders page shows it.`
  )

export const prepareTicketOrderLinkStepId = "prepare-helpdesk-ticket-order-link"
/**
 * This step finds the order (by id, or by its number), and decides whether linking or
 * unlinking changes anything. It changes nothing itself.
 */
export const prepareTicketOrderLinkStep = createStep(
  prepareTicketOrderLinkStepId,
  async (
    { ticket_id, order_id, user_id, action }: PrepareTicketOrderLinkStepInput,
    { container }
  ) => {
    const ticket = await retrieveTicketOrNotFound(container, ticket_id, [
      "id",
      "channel_id",
      "locale",
    ])

    const reference = order_id.trim()
    const byNumber = /^#?\d{1,9}$/.test(reference)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      fields: ["id", "display_id", "custom_display_id"],
      filters: byNumber
        ? { display_id: Number(reference.replace("#", "")) }
        : { id: reference },
    })
    if (!order) {
      throw orderNotFound(reference)
    }

    const linked = (await listLinkedOrderIds(container, ticket.id)).includes(
      order.id
    )
    const number =
      (order.custom_display_id as string | null) || String(order.display_id)
    const output: PrepareTicketOrderLinkStepOutput = {
      ticket: { id: ticket.id, channel_id: ticket.channel_id },
      order: { id: order.id, number },
      changes: action === "link" ? !linked : linked,
      line_body: orderLinkLine(
        ticket.locale,
        action === "link" ? "linked" : "unlinked",
        await actorName(container, user_id),
        number
      ),
    }
    return new StepResponse(output)
  }
)
