import { HELPDESK_MODULE } from "../modules/helpdesk"
import type HelpdeskModuleService from "../modules/helpdesk/service"
import type { RealtimeError } from "../types/realtime"
import { RateLimitedError } from "./errors"
import type { RateLimitName } from "./rate-limiter"
import type { Realtime } from "./server"

const SENTENCES: Record<RateLimitName, (seconds: number) => string> = {
  conversations: (s) =>
    `Too many new chats from your network. Please try again in ${s} s.`,
  messages: (s) => `You are sending messages too fast. Please wait ${s} s.`,
  agentMessages: (s) =>
    `You are sending messages faster than anyone types. Please wait ${s} s.`,
  replays: (s) =>
    `The conversation was reloaded too often. Please wait ${s} s.`,
  typing: (s) => `Typing updates are sent too often. Please wait ${s} s.`,
  connections: (s) =>
    `Too many connections from your network. Please try again in ${s} s.`,
}

/**
 * Counts one use of a limited action and throws RateLimitedError (a `rate_limited` error on
 * sockets, 429 with Retry-After over HTTP) when the limit is spent. `local` counts in this
 * process only, for limits that belong to one socket.
 */
export async function enforceLimit(
  realtime: Realtime,
  name: RateLimitName,
  key: string,
  { local = false }: { local?: boolean } = {}
): Promise<void> {
  const helpdesk =
    realtime.container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const limiter = local ? realtime.localLimiter : realtime.limiter
  const verdict = await limiter.hit(
    `${name}:${key}`,
    helpdesk.getRateLimit(name)
  )
  if (!verdict.allowed) {
    throw new RateLimitedError(
      SENTENCES[name](verdict.retryAfter),
      verdict.retryAfter
    )
  }
}

/** The error a socket client is told when a handshake is refused for its rate. */
export function handshakeRefusal(err: RateLimitedError): Error & {
  data: RealtimeError
} {
  return Object.assign(new Error(err.message), {
    data: {
      code: "rate_limited" as const,
      message: err.message,
      retry_after: err.retryAfter,
    },
  })
}
