import type { Logger } from "@medusajs/framework/types"
import { Emitter } from "@socket.io/redis-emitter"
import Redis from "ioredis"
import { AGENT_NAMESPACE, VISITOR_NAMESPACE } from "../types/realtime"
import { quietPublisher, redactedUrl, RedisHealth } from "../utils/redis-health"
import { ADAPTER_KEY, RoomPublisher, type InterServerEvents } from "./publisher"

const WORKER_TEXTS = {
  lost: "is unreachable. Live events made in this process (e.g. by subscribers and jobs) reach nobody until Redis is back; they are stored as usual.",
  back: "is back. Live events made in this process reach the shoppers and agents again.",
}

/**
 * Publishes through Redis with socket.io's emitter, in the adapter's own protocol, so that every
 * socket server instance delivers to its connected shoppers and agents exactly what its own
 * socket.io server would have (the payloads come from the same RoomPublisher). For processes
 * without a socket server: Medusa's worker.
 */
export class RedisEmitterPublisher extends RoomPublisher {
  private constructor(
    private readonly client: Redis,
    private readonly health: RedisHealth | undefined,
    emitter: Emitter
  ) {
    const agents = emitter.of(AGENT_NAMESPACE)
    super(
      {
        visitors: emitter.of(VISITOR_NAMESPACE),
        agents,
      },
      async () => {
        // every server instance re-reads the access of the agents connected to it
        const event: keyof InterServerEvents = "agent-rooms:refresh"
        agents.serverSideEmit(event)
      }
    )
  }

  /** A publisher on a Redis connection of its own; `client` is for tests. */
  static create(
    redisUrl: string,
    logger: Pick<Logger, "warn" | "info">,
    client?: Redis
  ): RedisEmitterPublisher {
    const redis = client ?? new Redis(redisUrl, { maxRetriesPerRequest: 1 })
    // Events wait for the first connection; after that they fail at once while Redis is away:
    // a stale event replayed later helps nobody.
    redis.once("ready", () => {
      redis.options.enableOfflineQueue = false
    })
    const health = client
      ? undefined
      : new RedisHealth(redis, logger, redactedUrl(redisUrl), WORKER_TEXTS)
    return new RedisEmitterPublisher(
      quietPublisher(redis),
      health,
      new Emitter(redis, { key: ADAPTER_KEY })
    )
  }

  close(): void {
    this.health?.closeQuietly()
    this.client.disconnect()
  }
}
