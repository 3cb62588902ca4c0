import type { ReplayAck, SendAck, WireMessage } from "../../src/types/realtime"
import {
  createDelivery,
  FALLBACK_AFTER,
  POLL_EVERY,
  REPLAY_PAGE,
  type DeliveryEvent,
  type DeliveryOptions,
  type DeliverySocket,
  type SendPayload,
  type SocketEvents,
  type Timers,
} from "../delivery"
import { Outbox } from "../outbox"

/** Timers on a clock that moves only when a test says so. */
class Clock implements Timers {
  now = 0
  private seq = 0
  private queue: { at: number; id: number; fn: () => void }[] = []

  set = (fn: () => void, ms: number) => {
    const id = ++this.seq
    this.queue.push({ at: this.now + ms, id, fn })
    return id
  }

  clear = (handle: unknown) => {
    this.queue = this.queue.filter((t) => t.id !== handle)
  }

  get pending() {
    return this.queue.length
  }

  async advance(ms: number) {
    const end = this.now + ms
    for (;;) {
      await settle()
      const due = this.queue
        .filter((t) => t.at <= end)
        .sort((a, b) => a.at - b.at || a.id - b.id)[0]
      if (!due) {
        break
      }
      this.queue = this.queue.filter((t) => t !== due)
      this.now = due.at
      due.fn()
    }
    this.now = end
    await settle()
  }
}

/** Lets promise callbacks (the HTTP answers) run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

/** The server's side of one conversation: a message per client_id, numbered 1, 2, 3… */
class Server {
  messages: WireMessage[] = []

  store(
    clientId: string,
    body: string,
    author: "customer" | "agent" = "customer"
  ) {
    const held = this.messages.find((m) => m.client_id === clientId)
    if (held) {
      return held
    }
    const seq = this.messages.length + 1
    const message = {
      id: `hdm_${seq}`,
      ticket_id: "hdt_1",
      seq,
      client_id: clientId,
      author_type: author,
      author_name: author === "agent" ? "Anna" : null,
      body,
      kind: "message",
      created_at: new Date(0).toISOString(),
    } as WireMessage
    this.messages.push(message)
    return message
  }

  after(seq: number, limit = REPLAY_PAGE) {
    return this.messages.filter((m) => m.seq > seq).slice(0, limit)
  }

  count(clientId: string) {
    return this.messages.filter((m) => m.client_id === clientId).length
  }
}

type Held = () => void

/** A socket to the fake server; the test decides when it is up and what becomes of acks. */
class FakeSocket implements DeliverySocket {
  connected = false
  active = true
  /** Acks wait here instead of being answered at once, when set. */
  holdAcks = false
  holdReplays = false
  held: Held[] = []
  sent: string[] = []
  payloads: SendPayload[] = []
  replays: number[] = []
  typed: boolean[] = []
  /** What the widget told the server it holds (`seen`). */
  seenSeqs: number[] = []
  private handlers: Partial<Record<keyof SocketEvents, unknown[]>> = {}

  constructor(private server: Server) {}

  on<E extends keyof SocketEvents>(event: E, listener: SocketEvents[E]) {
    const listeners: unknown[] = (this.handlers[event] ||= [])
    listeners.push(listener)
  }

  fire<E extends keyof SocketEvents>(
    event: E,
    ...args: Parameters<SocketEvents[E]>
  ) {
    const listeners = (this.handlers[event] || []) as ((
      ...a: Parameters<SocketEvents[E]>
    ) => void)[]
    for (const fn of listeners) {
      fn(...args)
    }
  }

  up() {
    this.connected = true
    this.fire("connect")
  }

  /** The network goes away: acks still out are lost with the connection. */
  drop() {
    this.connected = false
    this.held = []
    this.fire("disconnect")
  }

  connect() {}

  disconnect() {
    this.connected = false
  }

  typing(value: boolean) {
    this.typed.push(value)
  }

  seen(seq: number) {
    this.seenSeqs.push(seq)
  }

  send(
    payload: SendPayload,
    _ms: number,
    ack: (err: Error | null, res: SendAck) => void
  ) {
    this.sent.push(payload.client_id)
    this.payloads.push(payload)
    // the server stores it on arrival; only the ack may be held back or lost
    const message = this.server.store(payload.client_id, payload.body)
    const answer = () => ack(null, { ok: true, message })
    if (this.holdAcks) {
      this.held.push(answer)
    } else {
      answer()
    }
  }

  replay(
    afterSeq: number,
    _ms: number,
    ack: (err: Error | null, res: ReplayAck) => void
  ) {
    this.replays.push(afterSeq)
    const answer = () =>
      ack(null, { ok: true, messages: this.server.after(afterSeq) })
    if (this.holdReplays) {
      this.held.push(answer)
    } else {
      answer()
    }
  }
}

const networkError = () => new TypeError("Failed to fetch")

function setUp(overrides: Partial<DeliveryOptions> = {}) {
  const server = new Server()
  const clock = new Clock()
  const socket = new FakeSocket(server)
  const http = {
    down: false,
    posts: [] as string[],
    bodies: [] as SendPayload[],
    polls: [] as number[],
  }
  const events: DeliveryEvent[] = []
  const outbox = new Outbox([], () => undefined)
  const gone = jest.fn()
  const changed = jest.fn()
  const delivery = createDelivery({
    conversationId: "hdt_1",
    token: "visitor.token",
    outbox,
    timers: clock,
    socket: () => socket,
    api: {
      conversation: async () => ({ conversation: {} as never }),
      messages: async (_id, _token, afterSeq) => {
        http.polls.push(afterSeq)
        if (http.down) {
          throw networkError()
        }
        return { messages: server.after(afterSeq) }
      },
      send: async (_id, _token, body) => {
        http.posts.push(body.client_id)
        http.bodies.push(body)
        if (http.down) {
          throw networkError()
        }
        return { message: server.store(body.client_id, body.body) }
      },
    },
    changed,
    gone,
    observe: (event) => events.push(event),
    ...overrides,
  })
  const seqs = () => delivery.transcript.list().map((m) => m.seq)
  return {
    server,
    clock,
    socket,
    http,
    outbox,
    delivery,
    gone,
    changed,
    events,
    seqs,
  }
}

describe("createDelivery", () => {
  it("names a message's uploaded files in every send of it, over the socket and over HTTP", async () => {
    const { socket, http, clock, outbox, delivery } = setUp()
    const photo = {
      id: "hdatt_1",
      name: "mug.jpg",
      mime_type: "image/jpeg" as const,
      size: 10,
    }
    // the socket never comes up: the message goes by HTTP
    const first = delivery.write("", [photo])
    await clock.advance(FALLBACK_AFTER)
    expect(http.bodies).toEqual([
      { client_id: first.client_id, body: "", attachment_ids: ["hdatt_1"] },
    ])

    const pdf = {
      ...photo,
      id: "hdatt_2",
      mime_type: "application/pdf" as const,
    }
    socket.up()
    const second = delivery.write("the invoice", [pdf])
    expect(socket.payloads).toEqual([
      {
        client_id: second.client_id,
        body: "the invoice",
        attachment_ids: ["hdatt_2"],
      },
    ])
    expect(outbox.entries).toEqual([])
  })

  it("sends no attachment_ids for a message without files", () => {
    const { socket, delivery } = setUp()
    socket.up()
    const entry = delivery.write("hello")
    expect(socket.payloads).toEqual([
      { client_id: entry.client_id, body: "hello" },
    ])
  })

  it("tells the server over the socket which replies it holds, once per reply that arrives, and nothing while on HTTP", async () => {
    const { server, clock, socket, http, delivery } = setUp()
    socket.up()
    delivery.write("Hello")
    // the shopper's own message needs no word: the server stored it
    expect(socket.seenSeqs).toEqual([])

    socket.fire("message:new", server.store("a-1", "Hi, Anna here.", "agent"))
    expect(socket.seenSeqs).toEqual([2])
    // the same message again (a replay after a reconnect) is not news
    socket.fire("message:new", server.messages[1])
    expect(socket.seenSeqs).toEqual([2])

    // replies that arrive with the replay after a reconnect are told once, together
    socket.drop()
    server.store("a-2", "Still there?", "agent")
    server.store("a-3", "We'll e-mail you.", "agent")
    socket.up()
    expect(socket.seenSeqs).toEqual([2, 4])

    // on HTTP the poll's after_seq says it instead
    socket.drop()
    server.store("a-4", "Your parcel left today.", "agent")
    await clock.advance(FALLBACK_AFTER)
    expect(http.polls).toEqual([4])
    expect(delivery.transcript.lastSeq).toBe(5)
    expect(socket.seenSeqs).toEqual([2, 4])
  })

  it("stores each message once when its ack is lost and the reconnect finds it stored", async () => {
    const { server, socket, outbox, delivery } = setUp()
    socket.up()
    socket.holdAcks = true
    const entry = delivery.write("Where is my parcel?")
    expect(socket.sent).toEqual([entry.client_id])
    // stored on the server, but the ack never comes back
    socket.drop()
    expect(outbox.entries).toHaveLength(1)

    socket.holdAcks = false
    socket.up()
    // the replay brings it back: nothing is left to send
    expect(outbox.entries).toEqual([])
    expect(socket.sent).toEqual([entry.client_id])
    expect(server.count(entry.client_id)).toBe(1)
    expect(delivery.transcript.hasClientId(entry.client_id)).toBe(true)
  })

  it("sends what was written while the socket was down once it is back, with the same client_id", async () => {
    const { server, socket, outbox, delivery, events } = setUp()
    const first = delivery.write("one")
    const second = delivery.write("two")
    expect(socket.sent).toEqual([])
    socket.up()
    expect(socket.sent).toEqual([first.client_id, second.client_id])
    expect(outbox.entries).toEqual([])
    expect(server.messages.map((m) => m.body)).toEqual(["one", "two"])
    expect(
      events
        .filter((e) => e.type === "send")
        .map((e) => e.type === "send" && e.reason)
    ).toEqual(["flush", "flush"])

    // a reconnect after everything was acknowledged sends nothing again
    socket.drop()
    socket.up()
    expect(socket.sent).toHaveLength(2)
  })

  it("sends by HTTP and polls once the socket has been down for FALLBACK_AFTER, and stops polling when it is back", async () => {
    const { server, clock, socket, http, outbox, delivery } = setUp()
    const entry = delivery.write("Sent while the socket is down")
    await clock.advance(FALLBACK_AFTER - 1)
    expect(http.posts).toEqual([])
    await clock.advance(1)
    expect(http.polls).toEqual([0])
    expect(http.posts).toEqual([entry.client_id])
    expect(outbox.entries).toEqual([])

    server.store("agent-1", "Got it over HTTP.", "agent")
    await clock.advance(POLL_EVERY)
    // an ack does not move the replay cursor: only replay answers do, as they come without gaps
    expect(http.polls).toEqual([0, 0])
    expect(delivery.transcript.list().map((m) => m.body)).toEqual([
      "Sent while the socket is down",
      "Got it over HTTP.",
    ])

    // offline: the POST fails, the message waits for the next poll
    http.down = true
    const offline = delivery.write("Typed without a network")
    await clock.advance(POLL_EVERY)
    expect(outbox.get(offline.client_id)?.error).toBeUndefined()
    http.down = false
    await clock.advance(POLL_EVERY)
    expect(server.count(offline.client_id)).toBe(1)
    expect(outbox.entries).toEqual([])

    socket.up()
    const polls = http.polls.length
    await clock.advance(3 * POLL_EVERY)
    expect(http.polls).toHaveLength(polls)
  })

  it("sends over HTTP one message at a time, oldest first, so they are stored in the order written", async () => {
    const server = new Server()
    const answers: (() => void)[] = []
    const { clock, outbox, delivery } = setUp({
      api: {
        conversation: async () => ({ conversation: {} as never }),
        messages: async () => ({ messages: [] }),
        // each POST waits until the test answers it
        send: (_id, _token, body) =>
          new Promise((resolve) =>
            answers.push(() =>
              resolve({ message: server.store(body.client_id, body.body) })
            )
          ),
      },
    })
    delivery.write("one")
    delivery.write("two")
    await clock.advance(FALLBACK_AFTER)
    delivery.write("three")
    await clock.advance(0)
    expect(answers).toHaveLength(1)
    while (answers.length) {
      answers.shift()!()
      await clock.advance(0)
      expect(answers.length).toBeLessThanOrEqual(1)
    }
    expect(server.messages.map((m) => m.body)).toEqual(["one", "two", "three"])
    expect(outbox.entries).toEqual([])
  })

  it("holds a message written while the reconnect's replay is out behind the older ones", async () => {
    const { server, socket, delivery } = setUp()
    delivery.write("older")
    socket.holdReplays = true
    socket.up()
    delivery.write("newer")
    expect(socket.sent).toEqual([])
    socket.held.shift()!()
    expect(server.messages.map((m) => m.body)).toEqual(["older", "newer"])
  })

  it("fills a gap the live events skipped by replaying from the last seq held without gaps", async () => {
    const { server, socket, delivery, seqs } = setUp()
    socket.up()
    const one = server.store("a1", "first", "agent")
    const two = server.store("a2", "second", "agent")
    const three = server.store("a3", "third", "agent")
    socket.fire("message:new", one)
    // two is lost on its way; three arrives
    socket.fire("message:new", three)
    expect(seqs()).toEqual([1, 3])
    socket.drop()
    socket.up()
    expect(socket.replays).toEqual([0, 0])
    expect(seqs()).toEqual([1, 2, 3])
    expect(delivery.transcript.list()[1]).toEqual(two)
  })

  it("asks for the next page while a replay answer is full", async () => {
    const { server, socket, seqs } = setUp()
    for (let i = 1; i <= REPLAY_PAGE + 3; i++) {
      server.store(`a${i}`, `line ${i}`, "agent")
    }
    socket.up()
    expect(socket.replays).toEqual([0, REPLAY_PAGE])
    expect(seqs()).toHaveLength(REPLAY_PAGE + 3)
  })

  it("keeps the transcript in seq order and each message once, whatever order acks, events and replays come in", async () => {
    const { server, socket, delivery, seqs } = setUp()
    socket.up()
    socket.holdAcks = true
    delivery.write("one")
    delivery.write("two")
    delivery.write("three")
    const [ackOne, ackTwo, ackThree] = socket.held
    ackThree()
    ackOne()
    socket.fire("message:new", server.messages[1])
    ackTwo()
    socket.fire("message:new", server.messages[2])
    expect(seqs()).toEqual([1, 2, 3])
    expect(delivery.transcript.list().map((m) => m.body)).toEqual([
      "one",
      "two",
      "three",
    ])
  })

  it("marks a refused message failed, and sends it again on retry", async () => {
    const { socket, outbox, delivery } = setUp()
    socket.up()
    const refuse = jest
      .spyOn(socket, "send")
      .mockImplementationOnce((_payload, _ms, ack) =>
        ack(null, {
          ok: false,
          error: { code: "invalid_data", message: "The message is too long." },
        })
      )
      .mockImplementationOnce((_payload, _ms, ack) =>
        ack(new Error("operation has timed out"), undefined as never)
      )
    const entry = delivery.write("x")
    expect(outbox.get(entry.client_id)?.error).toBe("The message is too long.")
    // a failed one is not sent again by a reconnect: the shopper decides
    socket.drop()
    socket.up()
    delivery.retry(entry.client_id)
    expect(outbox.get(entry.client_id)?.error).toBeNull()
    refuse.mockRestore()
    delivery.retry(entry.client_id)
    expect(outbox.entries).toEqual([])
  })

  it("tells the panel the conversation is gone when its token opens nothing any more", async () => {
    const { clock, gone } = setUp({
      api: {
        conversation: async () => ({ conversation: {} as never }),
        send: async () => ({ message: {} as never }),
        messages: async () => {
          throw Object.assign(new Error("Not found"), { status: 404 })
        },
      },
    })
    await clock.advance(FALLBACK_AFTER)
    expect(gone).toHaveBeenCalledTimes(1)
  })

  it("stops: disconnects, cancels every timer and ignores answers that arrive later", async () => {
    const { server, clock, socket, http, outbox, delivery, changed } = setUp()
    socket.up()
    socket.holdAcks = true
    const entry = delivery.write("last words")
    socket.drop()
    // the fallback timer is running now
    expect(clock.pending).toBeGreaterThan(0)
    socket.up()
    socket.holdAcks = true
    delivery.write("after the reconnect")
    changed.mockClear()

    delivery.stop()
    expect(socket.connected).toBe(false)
    expect(clock.pending).toBe(0)
    socket.held.forEach((answer) => answer())
    socket.fire("message:new", server.store("a1", "late", "agent"))
    await clock.advance(FALLBACK_AFTER + 3 * POLL_EVERY)
    expect(changed).not.toHaveBeenCalled()
    expect(http.polls).toEqual([])
    expect(delivery.typing(true)).toBe(false)
    expect(delivery.transcript.hasClientId(entry.client_id)).toBe(true)
    expect(outbox.entries.map((e) => e.body)).toEqual(["after the reconnect"])
  })
})
