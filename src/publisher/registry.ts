import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { silentPublisher, type RealtimePublisher } from "./publisher"
import { RedisEmitterPublisher } from "./redis-emitter"

/**
 * How the workflows' publish steps reach the shoppers and agents, whatever process they run in:
 * - the socket server of this process, when it has one (`medusa start` in `shared` or `server`
 *   mode: src/realtime/server.ts offers itself when the API loads it);
 * - otherwise, with the helpdesk's Redis configured, a socket.io Redis emitter: the server
 *   instances' Redis adapter hands its events to their sockets (Medusa's `worker` mode, where
 *   subscribers and jobs run);
 * - otherwise nothing, said once in the log at start.
 */
export type PublisherKind = "socket-server" | "redis-emitter" | "none"

export function publisherKind(process: {
  hasSocketServer: boolean
  redisUrl?: string
}): PublisherKind {
  if (process.hasSocketServer) {
    return "socket-server"
  }
  return process.redisUrl ? "redis-emitter" : "none"
}

type Slot = {
  socketServer?: (container: MedusaContainer) => RealtimePublisher
  redis?: { url: string; logger: Pick<Logger, "warn" | "info"> }
  emitter?: RedisEmitterPublisher
}

// Process-wide, like the socket server: the API, the workflows and the module loader may load
// this file separately.
const KEY = Symbol.for("medusa-helpdesk.publisher")
const slot = (): Slot => {
  const holder = globalThis as { [KEY]?: Slot }
  holder[KEY] ??= {}
  return holder[KEY]
}

/** The socket server of this process offers itself as the publisher. */
export function provideSocketServer(
  publisher: (container: MedusaContainer) => RealtimePublisher
): void {
  slot().socketServer = publisher
}

/** The helpdesk's Redis, for publishing without a socket server (set by the module loader). */
export function configurePublisherRedis(
  url: string | undefined,
  logger: Pick<Logger, "warn" | "info">
): void {
  const state = slot()
  state.redis = url ? { url, logger } : undefined
}

/** The publisher of this process (see PublisherKind). */
export function resolveRealtimePublisher(
  container: MedusaContainer
): RealtimePublisher {
  const state = slot()
  const kind = publisherKind({
    hasSocketServer: !!state.socketServer,
    redisUrl: state.redis?.url,
  })
  if (kind === "socket-server") {
    return state.socketServer!(container)
  }
  if (kind === "redis-emitter") {
    state.emitter ??= RedisEmitterPublisher.create(
      state.redis!.url,
      state.redis!.logger
    )
    return state.emitter
  }
  return silentPublisher
}

/** Forgets the choices and closes the emitter's connection (tests, shutdown). */
export function resetRealtimePublisher(): void {
  const holder = globalThis as { [KEY]?: Slot }
  holder[KEY]?.emitter?.close()
  delete holder[KEY]
}
