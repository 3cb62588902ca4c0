import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createHook,
  createWorkflow,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { HelpdeskEvents } from "../../../types/events"
import {
  appendMessagesStep,
  isAppendFailure,
} from "../../messages/steps/append-messages"
import { publishMessagesStep } from "../../messages/steps/publish-messages"
import { validateTicketAccessStep } from "../../tickets/steps/validate-ticket-access"
import { prepareBaselinkerStatusChangeStep } from "../steps/prepare-baselinker-status-change"
import { setBaselinkerOrderStatusStep } from "../steps/set-baselinker-order-status"
import { updateCachedBaselinkerOrderStep } from "../steps/update-cached-baselinker-order"

export type SetBaselinkerOrderStatusWorkflowInput = {
  ticket_id: string
  /** BaseLinker's order_id */
  order_id: string
  /** one of the account's status ids (getOrderStatusList) */
  status_id: string
  /** the agent making the change; checked against the ticket's channel. Omitted by automations. */
  user_id?: string
}

export const setBaselinkerOrderStatusWorkflowId =
  "set-helpdesk-baselinker-order-status"
/**
 * This workflow changes the status of one of a ticket's BaseLinker orders: it checks the
 * order belongs to the ticket's shopper and the status exists in the account, updates the
 * cached order, writes the internal line "BaseLinker order 700001: Nowe zamówienia → Wysłane",
 * then calls setOrderStatus, last, since BaseLinker cannot undo it; if BaseLinker refuses,
 * the cache and the line are rolled back. An order already in the status changes nothing.
 * Emits `helpdesk.baselinker-order.status-changed` with `{ id: ticket_id, order_id, from_status_id, status_id }`.
 *
 * @example
 * await setBaselinkerOrderStatusWorkflow(container).run({
 *   input: { ticket_id: "hdt_…", order_id: "700001", status_id: "513689", user_id: "user_…" },
 * })
 */
export const setBaselinkerOrderStatusWorkflow = createWorkflow(
  setBaselinkerOrderStatusWorkflowId,
  (input: WorkflowData<SetBaselinkerOrderStatusWorkflowInput>) => {
    when(
      "baselinker-status-by-agent",
      { input },
      ({ input }) => !!input.user_id
    ).then(() => {
      validateTicketAccessStep(
        transform({ input }, ({ input }) => ({
          ticket_id: input.ticket_id,
          user_id: input.user_id!,
        }))
      )
    })

    const plan = prepareBaselinkerStatusChangeStep({
      ticket_id: input.ticket_id,
      order_id: input.order_id,
      status_id: input.status_id,
    })

    const lines = when(
      "baselinker-status-changing",
      { plan },
      ({ plan }) => plan.changed
    ).then(() => {
      updateCachedBaselinkerOrderStep(
        transform({ plan }, ({ plan }) => ({
          email: plan.email,
          order: plan.updated,
        }))
      )
      const appended = appendMessagesStep(
        transform({ plan, input }, ({ plan, input }) => ({
          messages: [
            {
              ticket_id: plan.ticket.id,
              author_type: "system" as const,
              author_id: input.user_id ?? null,
              kind: "note" as const,
              body: plan.line,
            },
          ],
        }))
      )
      setBaselinkerOrderStatusStep(
        transform({ plan }, ({ plan }) => ({
          order_id: plan.order.id,
          status_id: plan.to.id,
        }))
      )
      return appended
    })

    const statusChanged = createHook("baselinkerOrderStatusChanged", {
      ticket_id: input.ticket_id,
      order_id: input.order_id,
      status_id: input.status_id,
    })

    when(
      "baselinker-status-changed",
      { plan },
      ({ plan }) => plan.changed
    ).then(() => {
      emitEventStep({
        eventName: HelpdeskEvents.BASELINKER_ORDER_STATUS_CHANGED,
        data: transform({ plan }, ({ plan }) => ({
          id: plan.ticket.id,
          order_id: plan.order.id,
          from_status_id: plan.from.id,
          status_id: plan.to.id,
        })),
      })
      publishMessagesStep(
        transform({ plan, lines }, ({ plan, lines }) => ({
          messages: (lines ?? []).flatMap((a) =>
            !isAppendFailure(a) && a.created
              ? [{ ticket: plan.ticket, message: a.message }]
              : []
          ),
        }))
      )
    })

    return new WorkflowResponse(
      transform({ plan }, ({ plan }) => ({
        order: plan.changed ? plan.updated : plan.order,
        changed: plan.changed,
      })),
      { hooks: [statusChanged] }
    )
  }
)
