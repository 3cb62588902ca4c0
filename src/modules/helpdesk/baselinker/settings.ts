import { createHash, randomUUID } from "node:crypto"
import Redis from "ioredis"
import type { Logger } from "@medusajs/framework/types"
import type { BaselinkerOptions } from "../../../types/options"
import { BlockCircuit } from "./circuit"
import { BaselinkerClient, DEFAULT_BASELINKER_API_URL } from "./client"
import { systemClock, type Clock } from "./clock"
import { BaselinkerGateway } from "./gateway"
import { MemoryCallBudget, RedisCallBudget, type CallBudget } from "./limiter"
import {
  BaselinkerOrders,
  type BaselinkerOrderCache,
  type LookLock,
} from "./orders"

/** BaseLinker's own limit per account; the budget can never exceed it. */
export const BASELINKER_MAX_REQUESTS_PER_MINUTE = 100

export type ResolvedBaselinkerSettings = {
  configured: boolean
  apiUrl: string
  requestsPerMinute: number
  cacheTtlSeconds: number
  lookbackDays: number
  panelUrl: string
  timeoutMs: number
  /** getOrders pages fetched per e-mail at most (100 orders each) */
  maxPages: number
  /** the scheduled job refreshes new and open tickets' caches */
  backgroundRefresh: boolean
}

const positive = (value: unknown, fallback: number) => {
  const n = Number(value)
  return Number.isFinite(n) && n > 0 ? n : fallback
}

export function resolveBaselinkerSettings(
  options: BaselinkerOptions = {}
): ResolvedBaselinkerSettings {
  return {
    configured: !!options.token,
    apiUrl: options.apiUrl || DEFAULT_BASELINKER_API_URL,
    requestsPerMinute: Math.min(
      BASELINKER_MAX_REQUESTS_PER_MINUTE,
      Math.floor(positive(options.requestsPerMinute, 60))
    ),
    cacheTtlSeconds: positive(options.cacheTtlSeconds, 600),
    lookbackDays: positive(options.lookbackDays, 90),
    panelUrl: (options.panelUrl || "https://panel.baselinker.com").replace(
      /\/+$/,
      ""
    ),
    timeoutMs: positive(options.timeoutMs, 10_000),
    maxPages: 5,
    backgroundRefresh: options.backgroundRefresh !== false,
  }
}

export type CreateBaselinkerOrdersInput = {
  options?: BaselinkerOptions
  cache: BaselinkerOrderCache
  /** shares the budget with every instance using the same Redis */
  redisUrl?: string
  clock?: Clock
  logger?: Pick<Logger, "warn">
}

/** The BaseLinker part of the module, wired from its options. */
export function createBaselinkerOrders({
  options = {},
  cache,
  redisUrl,
  clock = systemClock,
  logger,
}: CreateBaselinkerOrdersInput): BaselinkerOrders {
  const settings = resolveBaselinkerSettings(options)
  if (!options.token) {
    return new BaselinkerOrders(null, cache, settings, logger)
  }
  let budget: CallBudget
  let lookLock: LookLock | undefined
  if (redisUrl) {
    // keys per BaseLinker account, named by a digest so the token is not in Redis
    const account = createHash("sha256")
      .update(options.token)
      .digest("hex")
      .slice(0, 16)
    const redis = new Redis(redisUrl, {
      lazyConnect: true,
      maxRetriesPerRequest: 1,
    })
    redis.on("error", () => undefined)
    budget = new RedisCallBudget(
      settings.requestsPerMinute,
      redis,
      `helpdesk:baselinker:calls:${account}`,
      clock
    )
    lookLock = redisLookLock(redis, `helpdesk:baselinker:look:${account}`)
  } else {
    budget = new MemoryCallBudget(settings.requestsPerMinute, clock)
  }
  const client = new BaselinkerClient({
    token: options.token,
    apiUrl: settings.apiUrl,
    timeoutMs: settings.timeoutMs,
  })
  const gateway = new BaselinkerGateway(
    client,
    budget,
    new BlockCircuit(clock),
    clock
  )
  return new BaselinkerOrders(gateway, cache, settings, logger, lookLock)
}

// deletes the lease only if it is still ours
const RELEASE_SCRIPT = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`

/** One instance at a time fetches an e-mail; the lease expires on its own if that instance dies. */
export function redisLookLock(redis: Redis, prefix: string): LookLock {
  return {
    async acquire(email) {
      const key = `${prefix}:${createHash("sha256").update(email).digest("hex").slice(0, 24)}`
      const owner = randomUUID()
      const held = (await redis.set(key, owner, "PX", 15_000, "NX")) === "OK"
      return {
        held,
        release: async () => {
          if (held) {
            await redis.eval(RELEASE_SCRIPT, 1, key, owner).catch(() => 0)
          }
        },
      }
    },
  }
}
