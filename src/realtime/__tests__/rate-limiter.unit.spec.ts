import Redis from "ioredis"
import { RateLimiter } from "../rate-limiter"

const rule = { limit: 2, window_seconds: 60 }
const NOW = 1_800_000_000_000

describe("RateLimiter", () => {
  it("refuses past the limit with the seconds left in the window", async () => {
    const limiter = new RateLimiter()
    await limiter.hit("k", rule, NOW)
    await limiter.hit("k", rule, NOW)
    const third = await limiter.hit("k", rule, NOW)
    expect(third.allowed).toBe(false)
    expect(third.allowed ? 0 : third.retryAfter).toBeGreaterThan(0)
  })

  it("lets a released hit be used again", async () => {
    const limiter = new RateLimiter()
    const first = await limiter.hit("k", rule, NOW)
    await first.release()
    await limiter.hit("k", rule, NOW)
    expect((await limiter.hit("k", rule, NOW)).allowed).toBe(true)
    expect((await limiter.hit("k", rule, NOW)).allowed).toBe(false)
  })

  it("counts in memory while its Redis is unreachable, without waiting for it", async () => {
    // nothing listens on port 1
    const redis = new Redis("redis://127.0.0.1:1", {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      retryStrategy: () => 1000,
    })
    redis.on("error", () => undefined)
    try {
      const limiter = new RateLimiter(redis)
      const started = Date.now()
      const verdicts = []
      for (let i = 0; i < 3; i++) {
        verdicts.push((await limiter.hit("k", rule, NOW)).allowed)
      }
      expect(verdicts).toEqual([true, true, false])
      expect(Date.now() - started).toBeLessThan(200)
    } finally {
      redis.disconnect()
    }
  })
})
