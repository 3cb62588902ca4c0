/**
 * Orders shown beside a ticket: the shopper's Medusa orders and their BaseLinker orders, in one
 * shape so the Admin lists them together.
 */
export type HelpdeskOrderSource = "medusa" | "baselinker"

export type HelpdeskOrderStatus = {
  id: string
  name: string
  /** BaseLinker's colour for the status, e.g. "#0077DA" */
  color?: string | null
}

export type HelpdeskOrderItem = {
  title: string
  quantity: number
  sku?: string | null
  thumbnail?: string | null
}

export type HelpdeskOrder = {
  source: HelpdeskOrderSource
  id: string
  number: string
  created_at: string
  status: HelpdeskOrderStatus
  payment_status?: string | null
  fulfillment_status?: string | null
  total: number
  currency_code: string
  items: HelpdeskOrderItem[]
  /** the order's page in Medusa Admin or in the BaseLinker panel */
  url: string | null
  /** the order is linked to the ticket by hand (Medusa orders) */
  linked: boolean
}

/**
 * Where BaseLinker stands for one look: `not_configured` without a token; `unavailable` after a
 * network or API error (cached orders still returned); `rate_limited` when the request budget is
 * spent; `blocked` while BaseLinker has blocked the account.
 */
export type BaselinkerState =
  "ok" | "not_configured" | "unavailable" | "rate_limited" | "blocked"

export type BaselinkerOrdersResult = {
  orders: HelpdeskOrder[]
  state: BaselinkerState
  /** when the orders returned were fetched from BaseLinker (ISO), null when never */
  fetched_at: string | null
  /** when a call will be tried again (rate_limited, blocked), ISO */
  retry_at: string | null
  /**
   * how many orders BaseLinker holds for the e-mail within the look-back: every order a look
   * read, so a lower bound when `capped` and the look skipped a stretch to reach the newest
   */
  count: number
  /**
   * BaseLinker holds more orders for the e-mail than a look keeps (5 pages of 100): `orders`
   * are the newest 500 at most, by confirmation date, without a gap up to now
   */
  capped: boolean
}

export type TicketOrdersResponse = {
  orders: HelpdeskOrder[]
  medusa: { count: number }
  baselinker: Omit<BaselinkerOrdersResult, "orders">
}
