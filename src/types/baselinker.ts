import type { BaselinkerState, HelpdeskOrderStatus } from "./orders"

export type BaselinkerCircuitState = "closed" | "open" | "half_open"

/** `GET /admin/helpdesk/baselinker` → `{ baselinker }`: how BaseLinker is doing. No secrets. */
export type BaselinkerStatusReport = {
  configured: boolean
  /** ISO; the last call BaseLinker answered, or the newest cached fetch */
  last_success_at: string | null
  /** calls made in the last 60 s, across instances when Redis is configured */
  calls_last_minute: number
  budget_per_minute: number
  /** open: BaseLinker blocked the account and no call goes out until retry_at */
  circuit: { state: BaselinkerCircuitState; retry_at: string | null }
  /** shoppers' e-mails whose BaseLinker orders are cached */
  cached_emails: number
}

/** `GET /admin/helpdesk/baselinker/statuses`: the account's order statuses. */
export type BaselinkerStatusesResult = {
  statuses: HelpdeskOrderStatus[]
  state: BaselinkerState
  retry_at: string | null
}
