import type Redis from "ioredis"
import type { RateLimitRule } from "../types/options"

export type RateLimitResult =
  { allowed: true } | { allowed: false; retryAfter: number }

/**
 * Fixed-window counters: in Redis when the helpdesk has one (so every instance counts the
 * same requests), otherwise in this process.
 */
export class RateLimiter {
  private readonly memory = new Map<
    string,
    { count: number; resetAt: number }
  >()
  private lastSweep = 0

  constructor(private readonly redis?: Redis) {}

  async hit(
    key: string,
    rule: RateLimitRule,
    now = Date.now()
  ): Promise<RateLimitResult> {
    const windowMs = rule.window_seconds * 1000
    const windowStart = Math.floor(now / windowMs) * windowMs
    const resetAt = windowStart + windowMs
    const retryAfter = Math.max(1, Math.ceil((resetAt - now) / 1000))

    let count: number
    if (this.redis) {
      const redisKey = `helpdesk:rl:${key}:${windowStart}`
      const [[, incremented]] = (await this.redis
        .multi()
        .incr(redisKey)
        .pexpire(redisKey, windowMs + 1000)
        .exec()) as [[Error | null, number], [Error | null, number]]
      count = incremented
    } else {
      this.sweep(now)
      const entry = this.memory.get(key)
      if (!entry || entry.resetAt <= now) {
        this.memory.set(key, { count: 1, resetAt })
        count = 1
      } else {
        count = ++entry.count
      }
    }

    return count > rule.limit
      ? { allowed: false, retryAfter }
      : { allowed: true }
  }

  private sweep(now: number) {
    if (now - this.lastSweep < 60_000) {
      return
    }
    this.lastSweep = now
    for (const [key, entry] of this.memory) {
      if (entry.resetAt <= now) {
        this.memory.delete(key)
      }
    }
  }
}

export const DEFAULT_RATE_LIMITS: {
  conversations: RateLimitRule
  messages: RateLimitRule
} = {
  conversations: { limit: 10, window_seconds: 600 },
  messages: { limit: 60, window_seconds: 60 },
}
