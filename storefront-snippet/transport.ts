/**
 * Talking to the server: the public widget API over HTTP and the `/visitor` socket.io
 * namespace. Nothing here touches the DOM.
 */
import { io, type Socket } from "socket.io-client"
import type { DeliverySocket, SendPayload } from "./delivery"
import {
  REALTIME_PATH,
  VISITOR_NAMESPACE,
  type VisitorClientToServerEvents,
  type VisitorServerToClientEvents,
  type WireConversation,
  type WireMessage,
} from "../src/types/realtime"

export type VisitorSocket = Socket<
  VisitorServerToClientEvents,
  VisitorClientToServerEvents
>

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** Seconds, from `Retry-After` on a 429. */
    readonly retryAfter: number | null
  ) {
    super(message)
  }
}

export type StartConversationBody = {
  /** Left out for an identified customer: the server takes both from the account. */
  name?: string
  email?: string
  subject: string
  message: string
  client_id: string
  page_url: string
  /** The widget's language: the ticket keeps it, so system lines and e-mails match. */
  locale: "en" | "pl"
  website?: string
  identity_token?: string
}

export type StartConversationResponse = {
  conversation: WireConversation
  messages: WireMessage[]
  visitor_token: string
}

/** `Retry-After` is either seconds or an HTTP date. */
export function parseRetryAfter(
  value: string | number | null | undefined,
  now = Date.now()
): number | null {
  if (value === null || value === undefined || value === "") {
    return null
  }
  const seconds = Number(value)
  if (!isNaN(seconds)) {
    return Math.max(0, Math.ceil(seconds))
  }
  const at = Date.parse(String(value))
  return isNaN(at) ? null : Math.max(0, Math.ceil((at - now) / 1000))
}

async function request<T>(
  url: string,
  {
    method = "GET",
    token,
    body,
  }: { method?: string; token?: string; body?: unknown } = {}
): Promise<T> {
  const headers: Record<string, string> = {}
  if (body !== undefined) {
    headers["content-type"] = "application/json"
  }
  if (token) {
    headers.authorization = `Bearer ${token}`
  }
  const res = await fetch(url, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: "omit",
  })
  const data = (await res.json().catch(() => ({}))) as {
    message?: unknown
    retry_after?: number
  }
  if (!res.ok) {
    throw new HttpError(
      res.status,
      typeof data.message == "string" ? data.message : "",
      parseRetryAfter(res.headers.get("retry-after") ?? data.retry_after)
    )
  }
  return data as T
}

export function createApi(backendUrl: string) {
  const base = `${backendUrl}/helpdesk`
  const conversation = (id: string) =>
    `${base}/conversations/${encodeURIComponent(id)}`
  return {
    start: (channelId: string, body: StartConversationBody) =>
      request<StartConversationResponse>(
        `${base}/channels/${encodeURIComponent(channelId)}/conversations`,
        { method: "POST", body }
      ),
    /** The link in an e-mailed reply: its token for the conversation and a visitor token. */
    continue: (token: string) =>
      request<StartConversationResponse>(`${base}/conversations/continue`, {
        method: "POST",
        body: { token },
      }),
    conversation: (id: string, token: string) =>
      request<{ conversation: WireConversation }>(conversation(id), { token }),
    messages: (id: string, token: string, afterSeq: number) =>
      request<{ messages: WireMessage[] }>(
        `${conversation(id)}/messages?after_seq=${afterSeq}`,
        {
          token,
        }
      ),
    send: (id: string, token: string, body: SendPayload) =>
      request<{ message: WireMessage }>(`${conversation(id)}/messages`, {
        method: "POST",
        token,
        body,
      }),
  }
}

/** socket.io-client's socket as delivery.ts uses it. */
export const wrapSocket = (socket: VisitorSocket): DeliverySocket => ({
  get connected() {
    return socket.connected
  },
  get active() {
    return socket.active
  },
  connect: () => void socket.connect(),
  disconnect: () => void socket.disconnect(),
  on: (event, listener) =>
    // socket.io types its reserved events apart from the contract's; the names are the same
    void (socket.on as (event: string, listener: unknown) => void)(
      event,
      listener
    ),
  typing: (typing) => void socket.emit("typing", { typing }),
  seen: (seq) => void socket.emit("seen", { seq }),
  send: (payload, ms, ack) =>
    void socket.timeout(ms).emit("message:send", payload, ack),
  replay: (afterSeq, ms, ack) =>
    void socket.timeout(ms).emit("replay", { after_seq: afterSeq }, ack),
})

export function connectSocket(
  backendUrl: string,
  token: string
): DeliverySocket {
  // Medusa may sit under a path prefix; socket.io would read that prefix as a namespace
  const url = new URL(backendUrl)
  return wrapSocket(
    io(url.origin + VISITOR_NAMESPACE, {
      path: url.pathname.replace(/\/+$/, "") + REALTIME_PATH,
      auth: { token },
      transports: ["websocket", "polling"],
      // where a proxy blocks websockets, go on with long-polling instead of retrying in vain
      tryAllTransports: true,
    })
  )
}
