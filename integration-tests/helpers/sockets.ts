import { io, type Socket } from "socket.io-client"
import { REALTIME_PATH } from "../../src/types/realtime"

export type Received = { event: string; payload: unknown }

/** A real socket.io client that records every event it receives. */
export function connect(
  baseUrl: string,
  namespace: "/visitor" | "/agent",
  token: string,
  opts: {
    origin?: string
    transports?: ("websocket" | "polling")[]
    headers?: Record<string, string>
  } = {}
): { socket: Socket; received: Received[]; ready: Promise<void> } {
  const socket = io(`${baseUrl}${namespace}`, {
    path: REALTIME_PATH,
    auth: { token },
    transports: opts.transports ?? ["websocket"],
    extraHeaders:
      opts.origin || opts.headers
        ? { ...opts.headers, ...(opts.origin ? { origin: opts.origin } : {}) }
        : undefined,
    reconnection: false,
    forceNew: true,
  })
  const received: Received[] = []
  socket.onAny((event, payload) => received.push({ event, payload }))
  const ready = new Promise<void>((resolve, reject) => {
    socket.once("connect", () => resolve())
    socket.once("connect_error", (err) => reject(err))
  })
  return { socket, received, ready }
}

export const sleep = (ms: number) =>
  new Promise((resolve) => setTimeout(resolve, ms))

/** Waits until `check` passes or the time is up (then the last failure is thrown). */
export async function eventually(
  check: () => void | Promise<void>,
  timeoutMs = 5000
): Promise<void> {
  const until = Date.now() + timeoutMs
  for (;;) {
    try {
      await check()
      return
    } catch (err) {
      if (Date.now() > until) {
        throw err
      }
      await sleep(25)
    }
  }
}
