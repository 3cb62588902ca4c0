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

describe("RateLimiter's sliding window", () => {
  const perMinute = { limit: 60, window_seconds: 60 }
  // the start of a minute, so the tests choose where in it each hit falls
  const MINUTE = Math.floor(NOW / 60_000) * 60_000

  it("refuses a burst at the turn of a minute that would pass the limit within 60 s", async () => {
    const limiter = new RateLimiter()
    for (let i = 0; i < 60; i++) {
      expect((await limiter.hit("k", perMinute, MINUTE + 59_000)).allowed).toBe(
        true
      )
    }
    const next = await limiter.hit("k", perMinute, MINUTE + 61_000)
    expect(next.allowed).toBe(false)
    // the first of the 60 leaves the window at 59 s + 60 s
    expect(next.allowed ? 0 : next.retryAfter).toBe(58)
  })

  it("takes hits again as the oldest leave the window", async () => {
    const limiter = new RateLimiter()
    for (let i = 0; i < 60; i++) {
      await limiter.hit("k", perMinute, MINUTE + 30_000)
    }
    expect((await limiter.hit("k", perMinute, MINUTE + 89_999)).allowed).toBe(
      false
    )
    expect((await limiter.hit("k", perMinute, MINUTE + 90_000)).allowed).toBe(
      true
    )
  })

  it("keeps no refused hit, so a shopper who waits is not held longer", async () => {
    const limiter = new RateLimiter()
    await limiter.hit("k", rule, MINUTE)
    await limiter.hit("k", rule, MINUTE)
    for (let i = 0; i < 10; i++) {
      await limiter.hit("k", rule, MINUTE + 30_000)
    }
    expect((await limiter.hit("k", rule, MINUTE + 60_000)).allowed).toBe(true)
  })

  it("counts every instance's hits in Redis within the limit, and takes a released one back", async () => {
    const redisUrl = process.env.REDIS_URL || "redis://127.0.0.1:6379"
    const a = new Redis(redisUrl, { maxRetriesPerRequest: 1 })
    const b = new Redis(redisUrl, { maxRetriesPerRequest: 1 })
    const key = `rate-limiter-spec:${process.pid}:${Date.now()}`
    try {
      await Promise.all([a.ping(), b.ping()])
      const first = new RateLimiter(a)
      const second = new RateLimiter(b)
      const now = Date.now()
      const verdicts = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          (i % 2 ? first : second).hit(
            key,
            { limit: 6, window_seconds: 60 },
            now
          )
        )
      )
      expect(verdicts.filter((v) => v.allowed)).toHaveLength(6)
      await verdicts.find((v) => v.allowed)!.release()
      expect(
        (await second.hit(key, { limit: 6, window_seconds: 60 }, now)).allowed
      ).toBe(true)
      expect(
        (await first.hit(key, { limit: 6, window_seconds: 60 }, now)).allowed
      ).toBe(false)
    } finally {
      await a.del(`helpdesk:rl:${key}`)
      a.disconnect()
      b.disconnect()
    }
  })

  it("counts in Redis after Redis has forgotten its scripts, sending the script again", async () => {
    const redisUrl = process.env.REDIS_URL || "redis://127.0.0.1:6379"
    const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 })
    const key = `rate-limiter-spec:${process.pid}:${Date.now()}:flushed`
    try {
      await redis.ping()
      const limiter = new RateLimiter(redis)
      const rule = { limit: 2, window_seconds: 60 }
      const now = Date.now()
      await redis.script("FLUSH")
      const verdicts = [
        await limiter.hit(key, rule, now),
        await limiter.hit(key, rule, now),
        await limiter.hit(key, rule, now),
      ]
      expect(verdicts.map((v) => v.allowed)).toEqual([true, true, false])
      expect(await redis.zcard(`helpdesk:rl:${key}`)).toBe(2)
    } finally {
      await redis.del(`helpdesk:rl:${key}`)
      redis.disconnect()
    }
  })
})
