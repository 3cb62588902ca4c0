import type { Logger } from "@medusajs/framework/types"
import { RedisAdapter } from "@socket.io/redis-adapter"
import type Redis from "ioredis"

type BroadcastOptions = Parameters<RedisAdapter["broadcast"]>[1]
type Room = Parameters<RedisAdapter["addSockets"]>[1][number]

/**
 * Whether the helpdesk's Redis is reachable right now, told to the log once when it goes away
 * and once when it is back. Meanwhile this instance works alone: events reach the sockets
 * connected to it, and rate limits are counted in its memory.
 */
export class RedisHealth {
  private down = false
  private closing = false

  constructor(
    private readonly client: Redis,
    private readonly logger: Pick<Logger, "warn" | "info">,
    private readonly where: string
  ) {
    const lost = () => {
      if (!this.down && !this.closing) {
        this.down = true
        this.logger.warn(
          `Helpdesk: Redis at ${this.where} is unreachable. Chat goes on, but only between the shoppers and agents connected to this instance, and rate limits are counted per instance, until Redis is back.`
        )
      }
    }
    client.on("close", lost)
    client.on("end", lost)
    // ioredis reports every failed reconnect as an error; the warning above says it once
    client.on("error", () => undefined)
    client.on("ready", () => {
      if (this.down) {
        this.down = false
        this.logger.info(
          `Helpdesk: Redis at ${this.where} is back. Messages reach every instance again.`
        )
      }
    })
  }

  /** Our own shutdown is not an outage. */
  closeQuietly(): void {
    this.closing = true
  }

  get up(): boolean {
    return this.client.status === "ready"
  }
}

/**
 * A publishing client whose failed publishes are dropped: the adapter does not wait for them,
 * and a rejection nobody handles would stop the process.
 */
export function quietPublisher(client: Redis): Redis {
  const publish = client.publish.bind(client) as (
    channel: string,
    message: string | Buffer
  ) => Promise<number>
  Object.assign(client, {
    publish: (channel: string, message: string | Buffer) => {
      const sent = publish(channel, message)
      sent.catch(() => undefined)
      return sent
    },
  })
  return client
}

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
