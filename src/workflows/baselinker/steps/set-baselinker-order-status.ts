import { createStep } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import { baselinkerRefusal } from "../utils/errors"

export type SetBaselinkerOrderStatusStepInput = {
  order_id: string
  status_id: string
}

export const setBaselinkerOrderStatusStepId =
  "set-helpdesk-baselinker-order-status"
/**
 * This step sets the order's status in BaseLinker (setOrderStatus). BaseLinker keeps no
 * undo, so the step has no compensation and runs after every step that can be rolled back;
 * when BaseLinker refuses, the workflow fails with a sentence saying why and the earlier
 * steps are undone.
 */
export const setBaselinkerOrderStatusStep = createStep(
  setBaselinkerOrderStatusStepId,
  async (
    { order_id, status_id }: SetBaselinkerOrderStatusStepInput,
    { container }
  ) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    try {
      await helpdesk.setBaselinkerOrderStatus(order_id, status_id)
    } catch (error) {
      throw baselinkerRefusal(
        error,
        `The status of BaseLinker order ${order_id} was not changed`
      )
    }
  }
)
