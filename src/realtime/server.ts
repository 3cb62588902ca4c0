import type http from "node:http"
import { container as appContainer } from "@medusajs/framework"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import Redis from "ioredis"
import { Server, type Socket } from "socket.io"
import { HELPDESK_MODULE } from "../modules/helpdesk"
import {
  ADAPTER_KEY,
  channelRoom,
  RoomPublisher,
  ticketRoom,
  userRoom,
  type InterServerEvents,
} from "../publisher/publisher"
import { provideSocketServer } from "../publisher/registry"
import type HelpdeskModuleService from "../modules/helpdesk/service"
import {
  AGENT_NAMESPACE,
  REALTIME_PATH,
  VISITOR_NAMESPACE,
  type AgentClientToServerEvents,
  type AgentServerToClientEvents,
  type TypingEvent,
  type VisitorClientToServerEvents,
  type VisitorServerToClientEvents,
} from "../types/realtime"
import { forgetLocalChannelOrigins } from "../utils/channel-origins"
import { clientIp } from "../utils/client-ip"
import { RateLimitedError } from "./errors"
import { enforceLimit, handshakeRefusal } from "./limits"
import { RateLimiter } from "./rate-limiter"
import { quietPublisher, redactedUrl, RedisHealth } from "../utils/redis-health"
import { createFallbackAdapter } from "./redis-fallback"

export type VisitorSocketData = {
  ticket_id: string
  channel_id: string | null
  token: string
  name: string | null
}

export type AgentSocketData = { user_id: string }

export type RealtimeServer = Server
export type VisitorNamespace = ReturnType<
  Server<
    VisitorClientToServerEvents,
    VisitorServerToClientEvents,
    object,
    VisitorSocketData
  >["of"]
>
export type AgentNamespace = ReturnType<
  Server<
    AgentClientToServerEvents,
    AgentServerToClientEvents,
    InterServerEvents,
    AgentSocketData
  >["of"]
>

export { channelRoom, ticketRoom, userRoom }

/** Socket handshakes per client address, in both namespaces. */
function handshakeLimiter(realtime: Realtime, hops: () => number) {
  return (socket: Socket, next: (err?: Error) => void) => {
    const ip = clientIp(
      socket.handshake.address,
      socket.handshake.headers["x-forwarded-for"],
      hops()
    )
    enforceLimit(realtime, "connections", ip).then(
      () => next(),
      (err: unknown) =>
        next(
          err instanceof RateLimitedError
            ? handshakeRefusal(err)
            : Object.assign(new Error("internal"), {
                data: { code: "internal" },
              })
        )
    )
  }
}

export class Realtime {
  readonly io: Server
  readonly visitors: VisitorNamespace
  readonly agents: AgentNamespace
  /** Limits shared by every instance (in Redis when the helpdesk has one). */
  readonly limiter: RateLimiter
  /** Limits that belong to one socket, counted in this process. */
  readonly localLimiter = new RateLimiter()
  /** What the workflows publish through, when they run in this process. */
  readonly publisher: RoomPublisher
  private readonly attached = new WeakSet<http.Server>()
  private attachedCount = 0
  private handlersInstalled = false
  private readonly redisClients: Redis[] = []
  private redisHealth?: RedisHealth
  /** Whether other instances may exist (the Redis adapter is in use). */
  private readonly clustered: boolean

  constructor(readonly container: MedusaContainer) {
    this.io = new Server({
      path: REALTIME_PATH,
      serveClient: false,
      // Origins are checked per conversation in the namespace middleware, where the channel is known.
      cors: { origin: true, credentials: false },
      pingInterval: 20_000,
      pingTimeout: 20_000,
      maxHttpBufferSize: 64 * 1024,
    })

    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const redisUrl = helpdesk.getRedisUrl()
    let limiterRedis: Redis | undefined
    if (redisUrl) {
      // Commands fail at once while Redis is away (no queue to replay stale events later);
      // the adapter and the limiter then work for this instance alone.
      const pub = quietPublisher(
        new Redis(redisUrl, {
          lazyConnect: false,
          enableOfflineQueue: false,
          maxRetriesPerRequest: 1,
        })
      )
      const sub = new Redis(redisUrl, { maxRetriesPerRequest: null })
      const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
      const health = new RedisHealth(pub, logger, redactedUrl(redisUrl))
      this.redisHealth = health
      sub.on("error", () => undefined)
      limiterRedis = pub
      this.redisClients.push(pub, sub)
      this.io.adapter(createFallbackAdapter(pub, sub, health, ADAPTER_KEY))
    }
    this.limiter = new RateLimiter(limiterRedis)
    this.clustered = Boolean(redisUrl)

    this.visitors = this.io.of(VISITOR_NAMESPACE) as VisitorNamespace
    this.agents = this.io.of(AGENT_NAMESPACE) as AgentNamespace
    // first in both namespaces, before a token is even read
    const limitHandshakes = handshakeLimiter(this, () =>
      helpdesk.getTrustedProxyHops()
    )
    this.visitors.use(limitHandshakes)
    this.agents.use(limitHandshakes)

    this.publisher = new RoomPublisher(
      {
        visitors: this.visitors,
        agents: this.agents,
      },
      () => this.refreshAgentRooms()
    )
    // a process without a socket server (Medusa's worker) asks through Redis
    this.agents.on("agent-rooms:refresh", () => {
      void this.refreshAgentRooms({ local: true }).catch((err: unknown) =>
        container
          .resolve<Logger>(ContainerRegistrationKeys.LOGGER)
          .warn(
            `Helpdesk: could not move agents between channel rooms: ${err instanceof Error ? err.message : String(err)}`
          )
      )
    })
    this.agents.on("channel-origins:forget", (channelId: unknown) => {
      if (typeof channelId === "string") {
        void forgetLocalChannelOrigins(container, channelId).catch(
          () => undefined
        )
      }
    })
  }

  /**
   * Handlers are installed by the API layer (src/api/middlewares.ts), not here: they run
   * workflows, and this file stays loadable without them (the workflows publish through
   * src/publisher, which this file serves when the process has a socket server).
   */
  installHandlers(install: (realtime: Realtime) => void): void {
    if (!this.handlersInstalled) {
      this.handlersInstalled = true
      install(this)
    }
  }

  /** Serve socket.io on this HTTP server (once per server). */
  attach(server: http.Server): void {
    if (this.attached.has(server)) {
      return
    }
    this.attached.add(server)
    this.attachedCount++
    this.io.attach(server)
  }

  isAttached(server: http.Server): boolean {
    return this.attached.has(server)
  }

  hasAttachedAny(): boolean {
    return this.attachedCount > 0
  }

  /**
   * Forgets a channel's cached origin here and on every other instance, after its store_url
   * changed or it was deleted: instances whose cache module is in-process would otherwise
   * answer with the old origin until the entry expires.
   */
  async forgetChannelOrigins(channelId: string): Promise<void> {
    await forgetLocalChannelOrigins(this.container, channelId)
    if (this.clustered) {
      this.agents.serverSideEmit("channel-origins:forget", channelId)
    }
  }

  publishTyping(event: TypingEvent, exceptSocketId?: string): void {
    const except = exceptSocketId ? [exceptSocketId] : []
    if (event.author_type === "agent") {
      this.visitors.to(ticketRoom(event.ticket_id)).emit("typing", event)
    }
    this.agents
      .to(ticketRoom(event.ticket_id))
      .except(except)
      .emit("typing", event)
  }

  /**
   * Re-reads which channels each connected agent may work and moves their sockets in or out
   * of the channel rooms, on every instance (the Redis adapter reaches remote sockets), or,
   * with `local`, on this instance only.
   */
  async refreshAgentRooms({ local = false } = {}): Promise<void> {
    const helpdesk =
      this.container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const sockets = await (
      local ? this.agents.local : this.agents
    ).fetchSockets()
    const byUser = new Map<string, typeof sockets>()
    for (const socket of sockets) {
      const list = byUser.get(socket.data.user_id) ?? []
      list.push(socket)
      byUser.set(socket.data.user_id, list)
    }
    for (const [userId, userSockets] of byUser) {
      const wanted = new Set(
        (await helpdesk.listAccessibleChannelIds(userId)).map((id) =>
          channelRoom(id)
        )
      )
      wanted.add(channelRoom(null))
      for (const socket of userSockets) {
        const current = [...socket.rooms].filter((room) =>
          room.startsWith("channel:")
        )
        const stale = current.filter((room) => !wanted.has(room))
        const fresh = [...wanted].filter((room) => !socket.rooms.has(room))
        if (stale.length) {
          stale.forEach((room) => socket.leave(room))
        }
        if (fresh.length) {
          socket.join(fresh)
        }
      }
    }
  }

  async close(): Promise<void> {
    this.redisHealth?.closeQuietly()
    await this.io.close()
    this.redisClients.forEach((client) => client.disconnect())
  }
}

// Process-wide: the API, the workflows and the boot hook may load this file separately.
const KEY = Symbol.for("medusa-helpdesk.realtime")
type Holder = { [KEY]?: Realtime }

provideSocketServer((container) => getRealtime(container).publisher)

export function getRealtime(
  container: MedusaContainer = appContainer
): Realtime {
  const holder = globalThis as Holder
  holder[KEY] ??= new Realtime(container)
  return holder[KEY]
}

/** The instance if one was created in this process, without creating one. */
export function peekRealtime(): Realtime | undefined {
  return (globalThis as Holder)[KEY]
}

export async function closeRealtime(): Promise<void> {
  const holder = globalThis as Holder
  const realtime = holder[KEY]
  delete holder[KEY]
  await realtime?.close()
}
