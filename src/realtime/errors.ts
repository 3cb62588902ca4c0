import { randomBytes } from "node:crypto"
import type { Logger } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import type { RealtimeError } from "../types/realtime"

const BY_MEDUSA_TYPE: Record<string, RealtimeError["code"]> = {
  [MedusaError.Types.INVALID_DATA]: "invalid_data",
  [MedusaError.Types.NOT_ALLOWED]: "invalid_data",
  [MedusaError.Types.NOT_FOUND]: "not_found",
  [MedusaError.Types.UNAUTHORIZED]: "unauthorized",
  [MedusaError.Types.FORBIDDEN]: "unauthorized",
}

/**
 * What a socket client may learn about a failure: only whitelisted codes with the sentence
 * written for them; anything unexpected becomes "internal" without details.
 */
export function toRealtimeError(err: unknown): RealtimeError {
  if (err instanceof RateLimitedError) {
    return {
      code: "rate_limited",
      message: err.message,
      retry_after: err.retryAfter,
    }
  }
  const type = (err as { type?: unknown })?.type
  if (typeof type === "string" && BY_MEDUSA_TYPE[type]) {
    return {
      code: BY_MEDUSA_TYPE[type],
      message: String((err as Error).message),
    }
  }
  return {
    code: "internal",
    message: "Something went wrong on our side. Please try again.",
  }
}

export class RateLimitedError extends Error {
  constructor(
    message: string,
    readonly retryAfter: number
  ) {
    super(message)
  }
}

/** A short id that a log line and the answer to the client share. */
export const newErrorId = () => `hderr_${randomBytes(6).toString("hex")}`

/** knex puts the statement before PostgreSQL's own sentence: keep the sentence. */
const ownSentence = (message: string) => {
  const at = message.lastIndexOf(" - ")
  return (at >= 0 ? message.slice(at + 3) : message).slice(0, 300)
}

/**
 * A failure's kind for a log line: its name, code and message, never the data it was about
 * (PostgreSQL's messages name columns and encodings, not the values sent).
 */
export function describeFailure(err: unknown): string {
  const e = (err ?? {}) as { name?: unknown; code?: unknown; message?: unknown }
  const parts = [
    typeof e.name === "string" ? e.name : "Error",
    typeof e.code === "string" || typeof e.code === "number"
      ? `[${e.code}]`
      : "",
    typeof e.message === "string" ? ownSentence(e.message) : String(err),
  ]
  return parts.filter(Boolean).join(" ")
}

/**
 * Answers a failed socket event (or HTTP send): the client gets the whitelisted error; an
 * internal one is logged with the event, the ticket and an error id, and the client gets the
 * same id.
 */
export function reportFailure(
  logger: Pick<Logger, "error">,
  context: { namespace: string; event: string; ticket_id?: string | null },
  err: unknown
): RealtimeError {
  const error = toRealtimeError(err)
  if (error.code !== "internal") {
    return error
  }
  const errorId = newErrorId()
  logger.error(
    `helpdesk: ${context.namespace} "${context.event}" failed` +
      ` (ticket ${context.ticket_id ?? "–"}, error ${errorId}): ${describeFailure(err)}`
  )
  return { ...error, error_id: errorId }
}

// PostgreSQL SQLSTATEs worth another try: serialization failure, deadlock, the server
// shutting down or starting up, connection failures, too many connections.
const TRANSIENT_SQLSTATES = new Set([
  "40001",
  "40P01",
  "57P01",
  "57P02",
  "57P03",
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
  "53300",
])
const TRANSIENT_NODE_CODES = new Set([
  "ECONNRESET",
  "ECONNREFUSED",
  "EPIPE",
  "ETIMEDOUT",
  "ENOTFOUND",
  "EAI_AGAIN",
])
const TRANSIENT_MESSAGES =
  /connection terminated|connection ended unexpectedly|terminating connection|the database system is (starting up|shutting down|in recovery mode)|timeout acquiring a connection|client has encountered a connection error|ECONNRESET|ECONNREFUSED/i

/**
 * Whether a database call failed for a reason that may be gone on the next try (a lost or
 * refused connection, a restarting server, a serialization failure or deadlock), as opposed
 * to something in the data. Looks through wrapped causes; works on errors a workflow run
 * has serialized into plain objects.
 */
export function isTransientDatabaseError(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== "object" || depth > 4) {
    return false
  }
  const e = err as {
    code?: unknown
    message?: unknown
    cause?: unknown
    originalError?: unknown
  }
  if (
    typeof e.code === "string" &&
    (TRANSIENT_SQLSTATES.has(e.code) || TRANSIENT_NODE_CODES.has(e.code))
  ) {
    return true
  }
  if (typeof e.message === "string" && TRANSIENT_MESSAGES.test(e.message)) {
    return true
  }
  return (
    isTransientDatabaseError(e.cause, depth + 1) ||
    isTransientDatabaseError(e.originalError, depth + 1)
  )
}
