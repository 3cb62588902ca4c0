import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import type { HelpdeskOrder } from "../../../types/orders"

export type UpdateCachedBaselinkerOrderStepInput = {
  email: string
  order: HelpdeskOrder
}

export const updateCachedBaselinkerOrderStepId =
  "update-helpdesk-cached-baselinker-order"
/**
 * This step writes an order's new summary into the shopper's BaseLinker cache; compensation
 * puts the previous summary back.
 */
export const updateCachedBaselinkerOrderStep = createStep(
  updateCachedBaselinkerOrderStepId,
  async (
    { email, order }: UpdateCachedBaselinkerOrderStepInput,
    { container }
  ) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const previous = await helpdesk.replaceCachedBaselinkerOrder(email, order)
    return new StepResponse(order, previous ? { email, previous } : undefined)
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    await helpdesk.replaceCachedBaselinkerOrder(undo.email, undo.previous)
  }
)
