import { io, type Socket } from "socket.io-client"
import {
  AGENT_NAMESPACE,
  REALTIME_PATH,
  type AgentClientToServerEvents,
  type AgentServerToClientEvents,
} from "../../types/realtime"
import { sdk } from "./sdk"

export type AgentSocket = Socket<
  AgentServerToClientEvents,
  AgentClientToServerEvents
>

type RealtimeTokenResponse = { token: string; expires_at: string }

/** Keeps the connection a little after the last page lets go, so moving between pages reuses it. */
const RELEASE_DELAY_MS = 30_000
/** Wait before asking again when the server turned the handshake down (e.g. an expired token). */
const RETRY_DELAYS_MS = [1_000, 2_000, 5_000, 10_000, 30_000]

let shared: AgentSocket | null = null
let holders = 0
let releaseTimer: ReturnType<typeof setTimeout> | undefined
let retryTimer: ReturnType<typeof setTimeout> | undefined
let failures = 0

/**
 * The backend's origin. The admin may be served by Medusa itself (empty or relative
 * `__BACKEND_URL__`) or from elsewhere with an absolute backend URL. Only the origin counts:
 * socket.io reads any path in the URL as the namespace.
 */
const backendOrigin = (): string => {
  const configured = __BACKEND_URL__ || "/"
  try {
    return new URL(configured, window.location.origin).origin
  } catch {
    return window.location.origin
  }
}

const fetchToken = async (): Promise<string> => {
  const { token } = await sdk.client.fetch<RealtimeTokenResponse>(
    "/admin/helpdesk/realtime/token",
    { method: "POST" }
  )
  return token
}

const createSocket = (): AgentSocket => {
  const socket: AgentSocket = io(`${backendOrigin()}${AGENT_NAMESPACE}`, {
    path: REALTIME_PATH,
    // Called before every (re)connection, so each attempt carries a fresh token.
    auth: (cb) => {
      fetchToken().then(
        (token) => cb({ token }),
        // without a session there is no token; the server refuses and we retry later
        () => cb({ token: "" })
      )
    },
    withCredentials: true,
  })

  socket.on("connect", () => {
    failures = 0
  })
  socket.on("connect_error", () => {
    // A refused handshake is final for socket.io; transport failures it retries itself.
    if (socket.active) {
      return
    }
    const delay =
      RETRY_DELAYS_MS[Math.min(failures, RETRY_DELAYS_MS.length - 1)]
    failures += 1
    clearTimeout(retryTimer)
    retryTimer = setTimeout(() => {
      if (shared === socket) {
        socket.connect()
      }
    }, delay)
  })

  return socket
}

/** The one agent connection of this browser tab; call `releaseAgentSocket` when done. */
export const acquireAgentSocket = (): AgentSocket => {
  clearTimeout(releaseTimer)
  holders += 1
  if (!shared) {
    shared = createSocket()
  }
  return shared
}

export const releaseAgentSocket = (): void => {
  holders = Math.max(0, holders - 1)
  if (holders > 0) {
    return
  }
  clearTimeout(releaseTimer)
  releaseTimer = setTimeout(() => {
    if (holders === 0 && shared) {
      clearTimeout(retryTimer)
      shared.disconnect()
      shared = null
      failures = 0
    }
  }, RELEASE_DELAY_MS)
}
