import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaResponse,
} from "@medusajs/framework/http"
import { RateLimitedError } from "../../realtime/errors"
import { enforceLimit } from "../../realtime/limits"
import type { RateLimitName } from "../../realtime/rate-limiter"
import { getRealtime } from "../../realtime/server"

/** A limit's refusal over HTTP: 429 with Retry-After and the sentence. */
export function tooManyRequests(
  res: MedusaResponse,
  err: RateLimitedError
): void {
  res.setHeader("Retry-After", String(err.retryAfter))
  res.status(429).json({ type: "rate_limited", message: err.message })
}

/** Runs a limit check, answering 429 instead of calling next when it is spent. */
export async function withLimit(
  res: MedusaResponse,
  next: MedusaNextFunction,
  check: () => Promise<void>
): Promise<void> {
  try {
    await check()
  } catch (err) {
    if (err instanceof RateLimitedError) {
      return tooManyRequests(res, err)
    }
    throw err
  }
  next()
}

/** A per-agent limit on an admin route, shared with the agent socket (same key). */
export function limitAgent(name: RateLimitName, keyPrefix = "") {
  return async (
    req: AuthenticatedMedusaRequest,
    res: MedusaResponse,
    next: MedusaNextFunction
  ) =>
    withLimit(res, next, () =>
      enforceLimit(
        getRealtime(req.scope),
        name,
        `${keyPrefix}${req.auth_context.actor_id}`
      )
    )
}
