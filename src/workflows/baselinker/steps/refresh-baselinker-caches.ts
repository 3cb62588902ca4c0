import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export type RefreshBaselinkerCachesStepInput = {
  /** e-mails refreshed at most in this run */
  limit: number
}

export type RefreshBaselinkerCachesStepOutput = {
  refreshed: number
  /** the run stopped early: the budget is spent or BaseLinker is blocked or down */
  stopped: string | null
}

export const refreshBaselinkerCachesStepId =
  "refresh-helpdesk-baselinker-caches"
/**
 * This step refreshes the BaseLinker caches of the shoppers of new and open tickets whose
 * cache has expired, most recently active first, one e-mail at a time, and stops at the
 * first sign that BaseLinker should be left alone (budget spent, blocked, unavailable).
 * A cache refresh only replaces data with newer data from the same source, so there is
 * nothing to compensate.
 */
export const refreshBaselinkerCachesStep = createStep(
  refreshBaselinkerCachesStepId,
  async ({ limit }: RefreshBaselinkerCachesStepInput, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const { configured } = await helpdesk.retrieveBaselinkerStatus()
    const output: RefreshBaselinkerCachesStepOutput = {
      refreshed: 0,
      stopped: null,
    }
    if (!configured || limit <= 0) {
      return new StepResponse(output)
    }
    const ttl = helpdesk.getBaselinkerCacheTtlSeconds()
    const emails = await helpdesk.listBaselinkerRefreshEmails(
      new Date(Date.now() - ttl * 1000),
      limit
    )
    for (const email of emails) {
      const result = await helpdesk.retrieveBaselinkerOrders(email)
      if (result.state !== "ok") {
        output.stopped = result.state
        break
      }
      output.refreshed++
    }
    return new StepResponse(output)
  }
)
