import type Redis from "ioredis"
import type { HelpdeskModuleOptions, RateLimitRule } from "../types/options"

export type RateLimitResult = (
  { allowed: true } | { allowed: false; retryAfter: number }
) & {
  /** Gives the hit back, for a request that turned out not to count (e.g. it was invalid). */
  release: () => Promise<void>
}

// A limiter that waits longer than this for Redis counts in-process instead.
const REDIS_TIMEOUT_MS = 500

/**
 * Fixed-window counters: in Redis when the helpdesk has one (so every instance counts the
 * same requests), otherwise in this process. While Redis is unreachable each instance counts
 * on its own, so chat goes on with limits that are per instance until Redis returns.
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
    const redisKey = `helpdesk:rl:${key}:${windowStart}`

    const counted =
      (await this.hitRedis(redisKey, windowMs)) ??
      this.hitMemory(key, resetAt, now)
    const release = async () => {
      if (counted.in === "redis") {
        await this.withRedis((redis) => redis.decr(redisKey))
        return
      }
      const entry = this.memory.get(key)
      if (entry && entry.resetAt === resetAt && entry.count > 0) {
        entry.count--
      }
    }

    return counted.count > rule.limit
      ? { allowed: false, retryAfter, release }
      : { allowed: true, release }
  }

  private async hitRedis(
    redisKey: string,
    windowMs: number
  ): Promise<{ in: "redis"; count: number } | null> {
    const result = await this.withRedis(async (redis) => {
      const replies = await redis
        .multi()
        .incr(redisKey)
        .pexpire(redisKey, windowMs + 1000)
        .exec()
      const [error, count] = replies?.[0] ?? [null, null]
      if (error || typeof count !== "number") {
        throw error ?? new Error("no reply")
      }
      return count
    })
    return result === null ? null : { in: "redis", count: result }
  }

  private hitMemory(
    key: string,
    resetAt: number,
    now: number
  ): { in: "memory"; count: number } {
    this.sweep(now)
    const entry = this.memory.get(key)
    if (!entry || entry.resetAt <= now) {
      this.memory.set(key, { count: 1, resetAt })
      return { in: "memory", count: 1 }
    }
    return { in: "memory", count: ++entry.count }
  }

  /** Runs a Redis call when Redis is connected, or answers null (unreachable, slow or failed). */
  private async withRedis<T>(
    call: (redis: Redis) => Promise<T>
  ): Promise<T | null> {
    if (!this.redis || this.redis.status !== "ready") {
      return null
    }
    let timer: NodeJS.Timeout | undefined
    try {
      return await Promise.race([
        call(this.redis),
        new Promise<null>((resolve) => {
          timer = setTimeout(() => resolve(null), REDIS_TIMEOUT_MS)
        }),
      ])
    } catch {
      return null
    } finally {
      clearTimeout(timer)
    }
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

export type RateLimitName = keyof Required<
  NonNullable<HelpdeskModuleOptions["rateLimits"]>
>

export const DEFAULT_RATE_LIMITS: Record<RateLimitName, RateLimitRule> = {
  conversations: { limit: 10, window_seconds: 600 },
  messages: { limit: 60, window_seconds: 60 },
  // an agent answering many chats at once stays far below this; a runaway script does not
  agentMessages: { limit: 300, window_seconds: 60 },
  replays: { limit: 60, window_seconds: 60 },
  typing: { limit: 20, window_seconds: 10 },
  connections: { limit: 60, window_seconds: 60 },
}
