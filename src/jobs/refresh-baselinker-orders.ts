import type { MedusaContainer } from "@medusajs/framework/types"
import { HELPDESK_MODULE } from "../modules/helpdesk"
import type HelpdeskModuleService from "../modules/helpdesk/service"
import { refreshBaselinkerCachesWorkflow } from "../workflows/baselinker/workflows/refresh-baselinker-caches"

/**
 * Every five minutes, like Responso's BaseLinker sync: refreshes the expired BaseLinker caches
 * of new and open tickets' shoppers. It takes at most a quarter of a minute's budget, so
 * agents opening tickets keep the rest. The `baselinker.backgroundRefresh: false` option turns it
 * off.
 */
export default async function refreshBaselinkerOrdersJob(
  container: MedusaContainer
): Promise<void> {
  const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const { configured } = await helpdesk.retrieveBaselinkerStatus()
  if (!configured || !helpdesk.isBaselinkerBackgroundRefreshOn()) {
    return
  }
  await refreshBaselinkerCachesWorkflow(container).run({
    input: {
      limit: Math.max(
        1,
        Math.floor(helpdesk.getBaselinkerRequestsPerMinute() / 4)
      ),
    },
  })
}

export const config = {
  name: "helpdesk-refresh-baselinker-orders",
  schedule: "*/5 * * * *",
}
