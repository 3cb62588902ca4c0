import { RedisAdapter } from "@socket.io/redis-adapter"
import type Redis from "ioredis"
import type { RedisHealth } from "../utils/redis-health"

type BroadcastOptions = Parameters<RedisAdapter["broadcast"]>[1]
type Room = Parameters<RedisAdapter["addSockets"]>[1][number]

const localOnly = (opts: BroadcastOptions): BroadcastOptions => ({
  ...opts,
  flags: { ...opts.flags, local: true },
})

/**
 * socket.io's Redis adapter that, while Redis is unreachable, serves this instance's own
 * sockets instead of waiting for other instances that cannot answer.
 */
export function createFallbackAdapter(
  pub: Redis,
  sub: Redis,
  health: RedisHealth,
  key: string
) {
  class FallbackRedisAdapter extends RedisAdapter {
    broadcast(packet: unknown, opts: BroadcastOptions): void {
      super.broadcast(packet, health.up ? opts : localOnly(opts))
    }

    // socket.io's own signature
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    fetchSockets(opts: BroadcastOptions): Promise<any[]> {
      return super.fetchSockets(health.up ? opts : localOnly(opts))
    }

    addSockets(opts: BroadcastOptions, rooms: Room[]): void {
      super.addSockets(health.up ? opts : localOnly(opts), rooms)
    }

    delSockets(opts: BroadcastOptions, rooms: Room[]): void {
      super.delSockets(health.up ? opts : localOnly(opts), rooms)
    }

    disconnectSockets(opts: BroadcastOptions, close: boolean): void {
      super.disconnectSockets(health.up ? opts : localOnly(opts), close)
    }

    serverSideEmit(packet: unknown[]): void {
      if (health.up) {
        super.serverSideEmit(packet)
      }
    }

    async serverCount(): Promise<number> {
      return health.up ? await super.serverCount() : 1
    }
  }

  // socket.io constructs the adapter with `new`, handing it the namespace
  return class extends FallbackRedisAdapter {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    constructor(nsp: any) {
      super(nsp, pub, sub, { key })
    }
  }
}
