import { MedusaError } from "@medusajs/framework/utils"
import type { RealtimeError } from "../types/realtime"

const BY_MEDUSA_TYPE: Record<string, RealtimeError["code"]> = {
  [MedusaError.Types.INVALID_DATA]: "invalid_data",
  [MedusaError.Types.NOT_ALLOWED]: "invalid_data",
  [MedusaError.Types.NOT_FOUND]: "not_found",
  [MedusaError.Types.UNAUTHORIZED]: "unauthorized",
  [MedusaError.Types.FORBIDDEN]: "unauthorized",
}

/**
 * What a socket client may learn about a failure: only whitelisted codes with the sentence
 * written for them; anything unexpected becomes "internal" without details.
 */
export function toRealtimeError(err: unknown): RealtimeError {
  if (err instanceof RateLimitedError) {
    return {
      code: "rate_limited",
      message: err.message,
      retry_after: err.retryAfter,
    }
  }
  const type = (err as { type?: unknown })?.type
  if (typeof type === "string" && BY_MEDUSA_TYPE[type]) {
    return {
      code: BY_MEDUSA_TYPE[type],
      message: String((err as Error).message),
    }
  }
  return {
    code: "internal",
    message: "Something went wrong on our side. Please try again.",
  }
}

export class RateLimitedError extends Error {
  constructor(
    message: string,
    readonly retryAfter: number
  ) {
    super(message)
  }
}
