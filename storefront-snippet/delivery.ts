/**
 * Delivery of one conversation, without any DOM: the panel (chat.ts) draws what it holds, and
 * the chaos bench (bench/chaos.js) drives this same code in Node against a real server.
 *
 * Every message the shopper writes goes to the outbox with its own client_id and stays there
 * until the server acknowledges it (socket ack or HTTP answer). On each (re)connect the
 * transcript is replayed from the last seq known to be held without gaps, then the outbox is
 * sent again; the server stores a client_id once, so nothing is lost or doubled. A socket down
 * for FALLBACK_AFTER gives way to HTTP: sends by POST, and a poll for new messages.
 *
 * The socket, the HTTP calls and the timers come from outside, so the unit tests run it on a
 * fake clock.
 */
import type {
  AgentJoinedEvent,
  ReplayAck,
  SendAck,
  TypingEvent,
  VisitorServerToClientEvents,
  WireConversation,
  WireMessage,
} from "../src/types/realtime"
import type { WireAttachmentUpload } from "../src/types/attachment"
import type { Outbox, OutboxEntry } from "./outbox"
import { Transcript } from "./transcript"

/** An unanswered send or replay while connected counts as failed after this long. */
export const SEND_TIMEOUT = 10000
/** A socket down this long gives way to HTTP (send by POST, poll for new messages). */
export const FALLBACK_AFTER = 8000
/** How often HTTP asks for new messages, and how soon a failed replay or reconnect is tried again. */
export const POLL_EVERY = 5000
/** The server answers a replay this many messages at a time. */
export const REPLAY_PAGE = 500

export type SocketEvents = VisitorServerToClientEvents & {
  connect: () => void
  disconnect: () => void
  connect_error: () => void
}

/** A message as it is sent, over the socket or HTTP alike. */
export type SendPayload = {
  client_id: string
  body: string
  attachment_ids?: string[]
}

/** The `/visitor` socket as delivery uses it (transport.ts wraps socket.io-client's). */
export type DeliverySocket = {
  readonly connected: boolean
  /** False once the server closed or refused the connection: socket.io does not retry then. */
  readonly active: boolean
  connect: () => void
  disconnect: () => void
  on: <E extends keyof SocketEvents>(
    event: E,
    listener: SocketEvents[E]
  ) => void
  typing: (typing: boolean) => void
  /** Tells the server the widget holds every message up to `seq`: those replies are not e-mailed. */
  seen?: (seq: number) => void
  /** `message:send` with an ack; `err` set when none came within `ms`. */
  send: (
    payload: SendPayload,
    ms: number,
    ack: (err: Error | null, res: SendAck) => void
  ) => void
  replay: (
    afterSeq: number,
    ms: number,
    ack: (err: Error | null, res: ReplayAck) => void
  ) => void
}

/** The HTTP side of the public widget API (transport.ts `createApi`). */
export type DeliveryApi = {
  conversation: (
    id: string,
    token: string
  ) => Promise<{ conversation: WireConversation }>
  messages: (
    id: string,
    token: string,
    afterSeq: number
  ) => Promise<{ messages: WireMessage[] }>
  send: (
    id: string,
    token: string,
    body: SendPayload
  ) => Promise<{ message: WireMessage }>
}

export type Timers = {
  set: (fn: () => void, ms: number) => unknown
  clear: (handle: unknown) => void
}

export const browserTimers: Timers = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
}

/** Why a message went out: just written, from the outbox after a (re)connect, or retried. */
export type SendReason = "written" | "flush" | "retry"

/** What happened, for counting (the chaos bench); the panel does not need it. */
export type DeliveryEvent =
  | {
      type: "send"
      client_id: string
      via: "socket" | "http"
      reason: SendReason
    }
  | { type: "stored"; client_id: string; seq: number }
  /** error: the server's sentence, or null when no answer came in time. */
  | { type: "refused"; client_id: string; error: string | null }
  | { type: "connect"; after_seq: number }
  | { type: "disconnect" }
  | { type: "replay-failed" }
  | { type: "http" }

export type DeliveryOptions = {
  conversationId: string
  token: string
  outbox: Outbox
  api: DeliveryApi
  socket: (token: string) => DeliverySocket
  timers?: Timers
  /** Messages already held, e.g. from the answer that started the conversation. */
  messages?: WireMessage[]
  /** Something the panel draws changed: the transcript or the outbox. */
  changed: () => void
  /** Messages not held before; `loaded` is false while the first replay is still out. */
  added?: (messages: WireMessage[], loaded: boolean) => void
  conversation?: (value: WireConversation) => void
  typing?: (event: TypingEvent) => void
  /** Before the "joined" line itself arrives as a message. */
  joined?: (event: AgentJoinedEvent) => void
  /** The token opens nothing any more (401 or 404): the conversation is gone. */
  gone: () => void
  observe?: (event: DeliveryEvent) => void
}

export type Delivery = {
  readonly transcript: Transcript
  /** Puts a message (and the files uploaded for it) in the outbox and sends it. */
  write: (body: string, attachments?: WireAttachmentUpload[]) => OutboxEntry
  /** Sends a failed message again (the shopper pressed "Retry"). */
  retry: (clientId: string) => void
  receive: (messages: WireMessage[], replayed?: boolean) => void
  /** Tells the agent the shopper is typing; false when there is no socket to say it on. */
  typing: (typing: boolean) => boolean
  /** Disconnects and stops every timer; late answers are ignored. */
  stop: () => void
}

/** A 401 or 404 on the conversation: its token no longer opens anything. */
const isGone = (error: unknown) => {
  const status = (error as { status?: unknown } | null)?.status
  return status == 401 || status == 404
}

/** An answer worth another try later: no network, a 5xx, a 429. */
const isTransient = (error: unknown) => {
  const status = (error as { status?: unknown } | null)?.status
  return typeof status != "number" || status >= 500 || status == 429
}

export function createDelivery(options: DeliveryOptions): Delivery {
  const { conversationId: id, token, outbox, api, observe } = options
  const timers = options.timers || browserTimers
  const transcript = new Transcript()
  const inflight = new Set<string>()
  const pending: Record<string, unknown> = {}
  // counts connections, so a late ack from an earlier one is not taken for a fresh failure
  let connection = 0
  let httpMode = false
  // an HTTP send is out: the next waits for its answer
  let httpBusy = false
  // a (re)connect's replay is out: the outbox waits for it, and anything written meanwhile waits
  // behind the older messages, so nothing overtakes them
  let replaying = false
  let loaded = false
  let stopped = false
  // the highest seq the server was told the widget holds
  let told = 0

  const later = (name: string, ms: number, fn: () => void) => {
    timers.clear(pending[name])
    pending[name] = timers.set(() => {
      delete pending[name]
      if (!stopped) {
        fn()
      }
    }, ms)
  }
  const cancel = (name: string) => {
    timers.clear(pending[name])
    delete pending[name]
  }

  const receive = (messages: WireMessage[], replayed = false) => {
    if (stopped) {
      return
    }
    const added = replayed
      ? transcript.mergeReplay(messages)
      : transcript.merge(messages)
    for (const m of added) {
      if (m.client_id) {
        outbox.remove(m.client_id)
      }
    }
    if (added.length && options.added) {
      options.added(added, loaded)
    }
    // the highest seq held: one connection delivers in order, and a reconnect replays the rest
    const held = transcript.lastSeq
    if (
      socket.connected &&
      socket.seen &&
      held > told &&
      added.some((m) => m.author_type != "customer")
    ) {
      told = held
      socket.seen(held)
    }
    options.changed()
  }

  const send = (entry: OutboxEntry, reason: SendReason) => {
    const clientId = entry.client_id
    if (stopped || inflight.has(clientId) || !(socket.connected || httpMode)) {
      return
    }
    const viaSocket = socket.connected
    if (viaSocket && replaying) {
      return
    }
    if (
      !viaSocket &&
      (httpBusy ||
        outbox.entries.filter((e) => e.error === undefined)[0] != entry)
    ) {
      // over HTTP one at a time and oldest first: requests side by side may be stored in any order
      return
    }
    inflight.add(clientId)
    const payload: SendPayload = { client_id: clientId, body: entry.body }
    if (entry.attachments) {
      payload.attachment_ids = entry.attachments.map((a) => a.id)
    }
    const stored = (message: WireMessage) => {
      inflight.delete(clientId)
      if (!stopped) {
        observe?.({ type: "stored", client_id: clientId, seq: message.seq })
        outbox.remove(clientId)
        receive([message])
      }
    }
    const failed = (error: string | null) => {
      inflight.delete(clientId)
      if (!stopped) {
        observe?.({ type: "refused", client_id: clientId, error })
        outbox.mark(clientId, error)
        options.changed()
      }
    }
    if (viaSocket) {
      const at = connection
      observe?.({ type: "send", client_id: clientId, via: "socket", reason })
      socket.send(payload, SEND_TIMEOUT, (err, ack) => {
        if (!err && ack.ok) {
          stored(ack.message)
        } else if (at != connection || !socket.connected) {
          // the connection dropped: the reconnect sends it again with the same client_id
          inflight.delete(clientId)
        } else {
          failed(ack && !ack.ok ? ack.error.message : null)
        }
      })
    } else {
      observe?.({ type: "send", client_id: clientId, via: "http", reason })
      httpBusy = true
      api.send(id, token, payload).then(
        ({ message }) => {
          httpBusy = false
          stored(message)
          flush()
        },
        (error: unknown) => {
          httpBusy = false
          if (isTransient(error)) {
            // offline or overloaded: the next poll tries again
            inflight.delete(clientId)
          } else {
            failed((error as Error).message || null)
            flush()
          }
        }
      )
    }
  }

  const flush = () => {
    for (const entry of outbox.entries) {
      if (entry.error === undefined) {
        send(entry, "flush")
      }
    }
  }

  const poll = () => {
    if (!httpMode) {
      return
    }
    void api
      .messages(id, token, transcript.replayedThrough)
      .then(
        ({ messages }) => {
          if (!stopped && httpMode) {
            receive(messages, true)
            loaded = true
            flush()
          }
        },
        (error: unknown) => {
          if (isGone(error) && !stopped) {
            options.gone()
          }
        }
      )
      .then(() => later("poll", POLL_EVERY, poll))
  }

  const socketDown = () => {
    if (!httpMode && !("fallback" in pending)) {
      later("fallback", FALLBACK_AFTER, () => {
        httpMode = true
        observe?.({ type: "http" })
        poll()
      })
    }
  }

  const socket = options.socket(token)
  socket.on("connect", () => {
    connection++
    httpMode = false
    cancel("fallback")
    cancel("poll")
    inflight.clear()
    replaying = true
    const at = connection
    const replay = () => {
      observe?.({ type: "connect", after_seq: transcript.replayedThrough })
      socket.replay(transcript.replayedThrough, SEND_TIMEOUT, (err, ack) => {
        if (!err && ack.ok) {
          receive(ack.messages, true)
          if (at != connection) {
            // a newer connection replays and flushes for itself
            return
          }
          if (ack.messages.length >= REPLAY_PAGE) {
            // the server answers a page at a time
            replay()
            return
          }
        } else if (stopped || at != connection) {
          return
        } else if (socket.connected) {
          observe?.({ type: "replay-failed" })
          later("replay", POLL_EVERY, replay)
        }
        loaded = true
        replaying = false
        flush()
      })
    }
    replay()
  })
  socket.on("disconnect", () => {
    observe?.({ type: "disconnect" })
    socketDown()
    if (!socket.active) {
      // the server closed the connection itself; socket.io does not come back on its own then
      later("reconnect", POLL_EVERY, () => socket.connect())
    }
  })
  socket.on("connect_error", () => {
    socketDown()
    if (!socket.active) {
      // the server refused the token; find out over HTTP whether the conversation still exists
      api.conversation(id, token).then(
        () => later("reconnect", POLL_EVERY, () => socket.connect()),
        (error: unknown) => isGone(error) && !stopped && options.gone()
      )
    }
  })
  socket.on("message:new", (message) => receive([message]))
  socket.on("typing", (event) => !stopped && options.typing?.(event))
  socket.on("agent:joined", (event) => {
    if (!stopped) {
      options.joined?.(event)
      receive(event.message ? [event.message] : [])
    }
  })
  socket.on(
    "ticket:updated",
    (event) => !stopped && options.conversation?.(event.conversation)
  )
  socketDown()
  if (options.messages) {
    // held already: not news for the store's 'message' listeners, what follows is
    receive(options.messages)
    loaded = true
  }

  return {
    transcript,
    write(body, attachments) {
      const entry = outbox.add(body, attachments)
      options.changed()
      send(entry, "written")
      return entry
    },
    retry(clientId) {
      const entry = outbox.get(clientId)
      if (entry) {
        outbox.mark(clientId, undefined)
        options.changed()
        send(entry, "retry")
      }
    },
    receive,
    typing(value) {
      if (socket.connected && !stopped) {
        socket.typing(value)
        return true
      }
      return false
    },
    stop() {
      stopped = true
      socket.disconnect()
      for (const name in pending) {
        cancel(name)
      }
    },
  }
}
