import type { BaselinkerOrdersResult } from "../../../types/orders"

/** What a look at BaseLinker answers while no BaseLinker account is connected. */
export const notConfiguredBaselinkerOrders = (): BaselinkerOrdersResult => ({
  orders: [],
  state: "not_configured",
  fetched_at: null,
  retry_at: null,
  count: 0,
})
