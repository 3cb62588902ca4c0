/** BaseLinker's error code when it has blocked the account for calling too often. */
export const ACCOUNT_BLOCKED = "ERROR_USER_ACCOUNT_BLOCKED"

/**
 * Why a BaseLinker call failed:
 * - `api`: BaseLinker answered with status ERROR (its `error_code` is kept);
 * - `http`: the server answered with a non-2xx status;
 * - `network`: no answer (refused, reset, DNS);
 * - `timeout`: no answer in time;
 * - `parse`: the answer was not BaseLinker's JSON envelope.
 */
export type BaselinkerErrorKind =
  "api" | "http" | "network" | "timeout" | "parse"

/**
 * A failed BaseLinker call. The message names the method and BaseLinker's own message, never
 * the token or the request.
 */
export class BaselinkerError extends Error {
  readonly kind: BaselinkerErrorKind
  readonly method: string
  /** BaseLinker's error_code for `api` errors, e.g. ERROR_USER_ACCOUNT_BLOCKED */
  readonly error_code: string | null
  /** the HTTP status for `http` errors */
  readonly status: number | null

  constructor(
    kind: BaselinkerErrorKind,
    method: string,
    message: string,
    {
      error_code = null,
      status = null,
    }: { error_code?: string | null; status?: number | null } = {}
  ) {
    super(message)
    this.name = "BaselinkerError"
    this.kind = kind
    this.method = method
    this.error_code = error_code
    this.status = status
  }

  get isAccountBlocked(): boolean {
    return this.error_code === ACCOUNT_BLOCKED
  }
}

/** The client did not call BaseLinker at all: the budget is spent or the circuit is open. */
export class BaselinkerHeldBack extends Error {
  readonly reason: "rate_limited" | "blocked"
  /** unix ms when a call may be tried again */
  readonly retry_at: number

  constructor(reason: "rate_limited" | "blocked", retryAt: number) {
    super(
      reason === "blocked"
        ? `BaseLinker has blocked the account for too many requests; calls resume at ${new Date(retryAt).toISOString()}.`
        : `The BaseLinker request budget is spent; calls resume at ${new Date(retryAt).toISOString()}.`
    )
    this.name = "BaselinkerHeldBack"
    this.reason = reason
    this.retry_at = retryAt
  }
}
