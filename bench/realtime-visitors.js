// @ts-check
/**
 * The visitors of bench/realtime.js, in a process of their own so that their sockets do not
 * share an event loop with the agent that measures delivery. Driven over IPC:
 *
 *   { type: "connect", url, tokens, origin }      → { type: "connected", ms, failed }
 *   { type: "rate", tag, rate, seconds }          → { type: "result", ...PhaseResult }
 *   { type: "blast", tag, inFlight, seconds }     → { type: "result", ...PhaseResult }
 *   { type: "close" }                             → exits
 *
 * Each message body is "<tag>|<send time in ms>", the client_id "<tag>-<n>".
 */
const { io } = require("socket.io-client")
const { now } = require("./lib")

const PATH = "/helpdesk/socket.io"
// generous: an overloaded server is measured, not cut short
const ACK_TIMEOUT_MS = 120_000

/** @type {import("socket.io-client").Socket[]} */
let sockets = []

/** @param {unknown} message */
const send = (message) => process.send?.(message)

/**
 * @param {string} url @param {string[]} tokens @param {string | undefined} origin
 * @returns {Promise<{ ms: number, failed: number, errors: string[] }>}
 */
async function connectAll(url, tokens, origin, concurrency = 50) {
  const started = Date.now()
  const errors = new Set()
  let failed = 0
  let next = 0
  sockets = new Array(tokens.length)
  const worker = async () => {
    while (next < tokens.length) {
      const i = next++
      const socket = io(`${url}/visitor`, {
        path: PATH,
        auth: { token: tokens[i] },
        transports: ["websocket"],
        extraHeaders: origin ? { origin } : undefined,
        reconnection: false,
        forceNew: true,
      })
      sockets[i] = socket
      await new Promise((resolve) => {
        socket.once("connect", () => resolve(undefined))
        socket.once("connect_error", (error) => {
          failed++
          errors.add(error.message)
          resolve(undefined)
        })
      })
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  return { ms: Date.now() - started, failed, errors: [...errors] }
}

/**
 * @typedef {{
 *   tag: string, sent: number, ok: number, failed: number, timedOut: number,
 *   errors: Record<string, number>, ackMs: number[], startedAt: number, endedAt: number,
 *   lastAckAt: number,
 * }} PhaseResult
 */

/** @param {string} tag */
function phase(tag) {
  /** @type {PhaseResult} */
  const result = {
    tag,
    sent: 0,
    ok: 0,
    failed: 0,
    timedOut: 0,
    errors: {},
    ackMs: [],
    startedAt: now(),
    endedAt: 0,
    lastAckAt: 0,
  }
  let turn = 0
  let pending = 0
  /** @type {(() => void) | undefined} */
  let drained

  /** Sends one message from the next visitor in turn; resolves on its ack. */
  const sendOne = () =>
    new Promise((resolve) => {
      const socket = sockets[turn++ % sockets.length]
      const n = result.sent++
      const sentAt = now()
      pending++
      socket
        .timeout(ACK_TIMEOUT_MS)
        .emit(
          "message:send",
          { client_id: `${tag}-${n}`, body: `${tag}|${sentAt.toFixed(3)}` },
          (/** @type {Error | null} */ err, /** @type {any} */ ack) => {
            const at = now()
            if (err) {
              result.timedOut++
            } else if (ack?.ok) {
              result.ok++
              result.ackMs.push(at - sentAt)
              result.lastAckAt = at
            } else {
              result.failed++
              const code = ack?.error?.code ?? "unknown"
              result.errors[code] = (result.errors[code] ?? 0) + 1
            }
            if (--pending === 0) {
              drained?.()
            }
            resolve(undefined)
          }
        )
    })

  const finish = async () => {
    result.endedAt = now()
    if (pending > 0) {
      await new Promise((resolve) => (drained = () => resolve(undefined)))
    }
    return result
  }
  return { result, sendOne, finish }
}

/** Sends `rate` messages a second, evenly spaced, for `seconds`; never waits for acks. */
async function runRate(
  /** @type {string} */ tag,
  /** @type {number} */ rate,
  /** @type {number} */ seconds
) {
  const { result, sendOne, finish } = phase(tag)
  const total = Math.round(rate * seconds)
  const start = result.startedAt
  await new Promise((resolve) => {
    const tick = () => {
      const due = Math.min(
        total,
        Math.floor(((now() - start) * rate) / 1000) + 1
      )
      while (result.sent < due) {
        void sendOne()
      }
      if (result.sent >= total) {
        resolve(undefined)
        return
      }
      const nextAt = start + (result.sent * 1000) / rate
      setTimeout(tick, Math.max(0, nextAt - now()))
    }
    tick()
  })
  return finish()
}

/** Keeps `inFlight` sends outstanding for `seconds`, then waits for the last acks. */
async function runBlast(
  /** @type {string} */ tag,
  /** @type {number} */ inFlight,
  /** @type {number} */ seconds
) {
  const { result, sendOne, finish } = phase(tag)
  const deadline = result.startedAt + seconds * 1000
  const lane = async () => {
    while (now() < deadline) {
      await sendOne()
    }
  }
  await Promise.all(Array.from({ length: inFlight }, lane))
  return finish()
}

process.on("message", (/** @type {any} */ message) => {
  void (async () => {
    try {
      if (message.type === "connect") {
        send({
          type: "connected",
          ...(await connectAll(message.url, message.tokens, message.origin)),
        })
      } else if (message.type === "rate") {
        send({
          type: "result",
          ...(await runRate(message.tag, message.rate, message.seconds)),
        })
      } else if (message.type === "blast") {
        send({
          type: "result",
          ...(await runBlast(message.tag, message.inFlight, message.seconds)),
        })
      } else if (message.type === "disconnect") {
        sockets.forEach((s) => s.close())
        sockets = []
        send({ type: "disconnected" })
      } else if (message.type === "close") {
        sockets.forEach((s) => s.close())
        process.exit(0)
      }
    } catch (error) {
      send({
        type: "error",
        message: error instanceof Error ? error.stack : String(error),
      })
    }
  })()
})

process.on("disconnect", () => process.exit(0))
