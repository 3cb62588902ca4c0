import Redis from "ioredis"
import { randomUUID } from "node:crypto"
import { findRedis } from "../../../../../integration-tests/helpers/redis"
import { ManualClock } from "../clock"
import {
  BUDGET_WINDOW_MS,
  MemoryCallBudget,
  RedisCallBudget,
  takeWithin,
  type CallBudget,
} from "../limiter"

/** The most takes granted within any window of `windowMs`. */
const maxInWindow = (times: number[], windowMs: number) => {
  let max = 0
  for (let i = 0, j = 0; i < times.length; i++) {
    while (times[i] - times[j] >= windowMs) {
      j++
    }
    max = Math.max(max, i - j + 1)
  }
  return max
}

const suites: [string, (clock: ManualClock, limit: number) => CallBudget][] = [
  ["in memory", (clock, limit) => new MemoryCallBudget(limit, clock)],
]

let redis: Redis | undefined
let server: Awaited<ReturnType<typeof findRedis>> | undefined
beforeAll(async () => {
  server = await findRedis()
  redis = new Redis(server.url, { lazyConnect: true, maxRetriesPerRequest: 1 })
  await redis.connect()
})
afterAll(async () => {
  await redis?.quit()
  await server?.stop()
})
suites.push([
  "in Redis",
  (clock, limit) =>
    new RedisCallBudget(limit, redis!, `test:budget:${randomUUID()}`, clock),
])

describe.each(suites)("call budget %s", (_name, make) => {
  it("grants the limit, then refuses with the time the oldest call leaves the window", async () => {
    const clock = new ManualClock()
    const budget = make(clock, 3)
    const start = clock.now()
    for (let i = 0; i < 3; i++) {
      expect(await budget.take()).toEqual({ ok: true })
      clock.advance(1000)
    }
    expect(await budget.take()).toEqual({
      ok: false,
      retry_at: start + BUDGET_WINDOW_MS,
    })
    expect(await budget.used()).toBe(3)
    clock.advance(BUDGET_WINDOW_MS - 3000)
    expect(await budget.take()).toEqual({ ok: true })
  })

  it("never grants more than the limit in any 60 s, also across a fixed window's boundary", async () => {
    const clock = new ManualClock(Date.UTC(2026, 0, 1, 0, 0, 50))
    const budget = make(clock, 10)
    const granted: number[] = []
    // a burst just before a minute turns, then one every second for two minutes
    for (let t = 0; t < 130; t++) {
      for (let k = 0; k < (t < 10 ? 5 : 1); k++) {
        if ((await budget.take()).ok) {
          granted.push(clock.now())
        }
      }
      clock.advance(1000)
    }
    expect(maxInWindow(granted, 60_000)).toBe(10)
    expect(granted.length).toBeGreaterThanOrEqual(20)
  })
})

describe("call budget in Redis across instances", () => {
  it("lets two instances together take no more than the limit", async () => {
    const clock = new ManualClock()
    const key = `test:budget:${randomUUID()}`
    const a = new RedisCallBudget(4, redis!, key, clock)
    const b = new RedisCallBudget(4, redis!, key, clock)
    const takes = await Promise.all(
      Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).take())
    )
    expect(takes.filter((t) => t.ok)).toHaveLength(4)
    expect(await a.used()).toBe(4)
    expect(await b.used()).toBe(4)
  })
})

describe("takeWithin", () => {
  it("waits for a call that frees up within the wait, and answers at once when it would take longer", async () => {
    const clock = new ManualClock()
    const budget = new MemoryCallBudget(1, clock)
    await budget.take()
    clock.advance(BUDGET_WINDOW_MS - 1500)
    // the slot frees in 1.5 s: worth waiting for
    expect(await takeWithin(budget, clock, 2000)).toEqual({ ok: true })
    expect(clock.now()).toBe(Date.UTC(2026, 0, 1) + BUDGET_WINDOW_MS)

    const start = clock.now()
    const refused = await takeWithin(budget, clock, 2000)
    expect(refused).toEqual({ ok: false, retry_at: start + BUDGET_WINDOW_MS })
    expect(clock.now()).toBe(start)
  })
})
