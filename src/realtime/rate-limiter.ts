import { createHash, randomUUID } from "node:crypto"
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
 * Takes a hit when fewer than the limit were taken within the last window's length, and
 * returns when the oldest of them leaves it. Atomic in Redis: one instance's check and
 * insert cannot interleave with another's.
 */
const SLIDING_HIT = `
local key, now, window, limit = KEYS[1], tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
if redis.call('ZCARD', key) < limit then
  redis.call('ZADD', key, now, ARGV[4])
  redis.call('PEXPIRE', key, window)
  return -1
end
return tonumber(redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')[2])
`
// The script goes by its digest (EVALSHA); its text only when Redis has not cached it yet.
const SLIDING_HIT_SHA = createHash("sha1").update(SLIDING_HIT).digest("hex")

const isNoScript = (err: unknown) =>
  err instanceof Error && err.message.startsWith("NOSCRIPT")

/**
 * Sliding-window limits: a hit is taken when fewer than the limit were taken within the last
 * window's length (not per calendar window, so a burst at the turn of one cannot pass twice
 * the limit); a refused hit is not kept. Counted in Redis when the helpdesk has one (so every
 * instance counts the same requests), otherwise in this process. While Redis is unreachable
 * each instance counts on its own, so chat goes on with limits that are per instance until
 * Redis returns. The limits are small (tens to hundreds a window), so each key keeps the
 * times of its hits.
 */
export class RateLimiter {
  private readonly memory = new Map<
    string,
    { hits: number[]; windowMs: number }
  >()
  private lastSweep = 0

  constructor(private readonly redis?: Redis) {}

  async hit(
    key: string,
    rule: RateLimitRule,
    now = Date.now()
  ): Promise<RateLimitResult> {
    const windowMs = rule.window_seconds * 1000
    const redisKey = `helpdesk:rl:${key}`
    // unique across instances, so a release takes back exactly this hit
    const member = `${now}:${randomUUID()}`

    const oldest =
      (await this.hitRedis(redisKey, now, windowMs, rule.limit, member)) ??
      this.hitMemory(key, now, windowMs, rule.limit)
    const release = async () => {
      if (oldest.in === "redis") {
        await this.withRedis((redis) => redis.zrem(redisKey, member))
        return
      }
      const entry = this.memory.get(key)
      const at = entry ? entry.hits.lastIndexOf(now) : -1
      if (entry && at >= 0) {
        entry.hits.splice(at, 1)
      }
    }

    if (oldest.at === null) {
      return { allowed: true, release }
    }
    const retryAfter = Math.max(
      1,
      Math.ceil((oldest.at + windowMs - now) / 1000)
    )
    return { allowed: false, retryAfter, release }
  }

  /** The oldest hit within the window when refused, null when taken; null overall without Redis. */
  private async hitRedis(
    redisKey: string,
    now: number,
    windowMs: number,
    limit: number,
    member: string
  ): Promise<{ in: "redis"; at: number | null } | null> {
    const result = await this.withRedis(async (redis) => {
      const args = [redisKey, now, windowMs, limit, member] as const
      const reply = await redis
        .evalsha(SLIDING_HIT_SHA, 1, ...args)
        .catch((err: unknown) => {
          if (!isNoScript(err)) {
            throw err
          }
          return redis.eval(SLIDING_HIT, 1, ...args)
        })
      if (typeof reply !== "number") {
        throw new Error("no reply")
      }
      return reply
    })
    return result === null
      ? null
      : { in: "redis", at: result < 0 ? null : result }
  }

  private hitMemory(
    key: string,
    now: number,
    windowMs: number,
    limit: number
  ): { in: "memory"; at: number | null } {
    this.sweep(now)
    let entry = this.memory.get(key)
    if (!entry) {
      entry = { hits: [], windowMs }
      this.memory.set(key, entry)
    }
    const since = now - windowMs
    let expired = 0
    while (expired < entry.hits.length && entry.hits[expired] <= since) {
      expired++
    }
    entry.hits.splice(0, expired)
    if (entry.hits.length < limit) {
      entry.hits.push(now)
      return { in: "memory", at: null }
    }
    return { in: "memory", at: entry.hits[0] }
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
      // its newest hit has left the window: the key limits nothing any more
      if ((entry.hits[entry.hits.length - 1] ?? 0) <= now - entry.windowMs) {
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
