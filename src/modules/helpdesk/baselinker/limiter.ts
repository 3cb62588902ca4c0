import type Redis from "ioredis"
import { randomUUID } from "node:crypto"
import type { Clock } from "./clock"

/**
 * BaseLinker counts calls per minute as they arrive, and one call may travel longer than the
 * next: a call is remembered one second past the minute so that uneven network delays cannot
 * make BaseLinker see more than the limit in any 60 s.
 */
export const BUDGET_WINDOW_MS = 61_000

export type BudgetTake = { ok: true } | { ok: false; retry_at: number }

/**
 * A sliding window of calls: never more than `limit` in any `windowMs`. A fixed window would
 * let 2 × limit through around its boundary, and BaseLinker blocks the whole account past its
 * limit, so every call is remembered until it is a full window old.
 */
export interface CallBudget {
  readonly limit: number
  /** takes one call from the budget now, or says when the next one frees up */
  take(): Promise<BudgetTake>
  /** calls made in the last window */
  used(): Promise<number>
}

export class MemoryCallBudget implements CallBudget {
  private readonly calls: number[] = []

  constructor(
    readonly limit: number,
    private readonly clock: Clock,
    private readonly windowMs = BUDGET_WINDOW_MS
  ) {}

  private prune(now: number) {
    while (this.calls.length && this.calls[0] <= now - this.windowMs) {
      this.calls.shift()
    }
  }

  async take(): Promise<BudgetTake> {
    const now = this.clock.now()
    this.prune(now)
    if (this.calls.length < this.limit) {
      this.calls.push(now)
      return { ok: true }
    }
    return { ok: false, retry_at: this.calls[0] + this.windowMs }
  }

  async used(): Promise<number> {
    this.prune(this.clock.now())
    return this.calls.length
  }
}

// One atomic step per take, so instances racing for the last call cannot both get it.
// KEYS[1] sorted set of calls scored by time; ARGV now, window, limit, member.
const TAKE_SCRIPT = `
local key = KEYS[1]
local now = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local limit = tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
local used = redis.call('ZCARD', key)
if used < limit then
  redis.call('ZADD', key, now, ARGV[4])
  redis.call('PEXPIRE', key, window)
  return {1, used + 1}
end
local oldest = redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')
return {0, tonumber(oldest[2]) + window}
`

/**
 * The same window kept in Redis, shared by every Medusa instance of the shop. The clock is the
 * caller's, so instances must keep their clocks in step (NTP), as they must for Medusa anyway.
 */
export class RedisCallBudget implements CallBudget {
  constructor(
    readonly limit: number,
    private readonly redis: Redis,
    private readonly key: string,
    private readonly clock: Clock,
    private readonly windowMs = BUDGET_WINDOW_MS
  ) {}

  async take(): Promise<BudgetTake> {
    const now = this.clock.now()
    const [ok, value] = (await this.redis.eval(
      TAKE_SCRIPT,
      1,
      this.key,
      now,
      this.windowMs,
      this.limit,
      `${now}:${randomUUID()}`
    )) as [number, number]
    return ok === 1 ? { ok: true } : { ok: false, retry_at: Number(value) }
  }

  async used(): Promise<number> {
    const now = this.clock.now()
    return await this.redis.zcount(this.key, `(${now - this.windowMs}`, "+inf")
  }
}

/**
 * Takes a call from the budget, waiting for one to free up if that happens within `maxWaitMs`;
 * otherwise answers at once with when it will.
 */
export async function takeWithin(
  budget: CallBudget,
  clock: Clock,
  maxWaitMs: number
): Promise<BudgetTake> {
  const deadline = clock.now() + maxWaitMs
  for (;;) {
    const taken = await budget.take()
    if (taken.ok || taken.retry_at > deadline) {
      return taken
    }
    await clock.sleep(Math.max(1, taken.retry_at - clock.now()))
  }
}
