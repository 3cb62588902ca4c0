import type { Logger } from "@medusajs/framework/types"
import type Redis from "ioredis"

/** redis://user:secret@host:6379 → redis://host:6379, for the log. */
export function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url)
    parsed.username = ""
    parsed.password = ""
    return parsed.toString()
  } catch {
    return "the configured URL"
  }
}

/** What the log says when Redis goes away and when it is back ("at <where>" precedes it). */
export type RedisHealthTexts = { lost: string; back: string }

/** A server instance: it goes on alone while Redis is away. */
const SERVER_TEXTS: RedisHealthTexts = {
  lost: "is unreachable. Chat goes on, but only between the shoppers and agents connected to this instance, and rate limits are counted per instance, until Redis is back.",
  back: "is back. Messages reach every instance again.",
}

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
    private readonly where: string,
    texts: RedisHealthTexts = SERVER_TEXTS
  ) {
    const lost = () => {
      if (!this.down && !this.closing) {
        this.down = true
        this.logger.warn(`Helpdesk: Redis at ${this.where} ${texts.lost}`)
      }
    }
    client.on("close", lost)
    client.on("end", lost)
    // ioredis reports every failed reconnect as an error; the warning above says it once
    client.on("error", () => undefined)
    client.on("ready", () => {
      if (this.down) {
        this.down = false
        this.logger.info(`Helpdesk: Redis at ${this.where} ${texts.back}`)
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
