#!/usr/bin/env node
// @ts-check
/**
 * `npm run bench:chaos`: no message is lost, doubled or reordered while connections drop and
 * the server restarts.
 *
 *   node bench/chaos.js [--conversations 40] [--messages 2000] [--gap 800] [--drop-every 5000]
 *                       [--restart-at 0.4] [--agent-replies 5] [--crash]
 *                       [--restart-db]
 *
 * Each conversation is the storefront widget's own delivery code
 * (storefront-snippet/delivery.ts, built for Node with esbuild when the bench starts) on a
 * real socket.io-client: the shopper types a message every --gap ms on average; each message
 * enters the outbox with its own client_id and is sent at once when the socket is connected;
 * on every (re)connect the widget replays after the last seq it holds without gaps, drops what
 * the server already has from the outbox and sends the rest again; a socket down for 8 s
 * gives way to HTTP. A refused or timed-out send is retried after a moment, as a shopper
 * pressing "Retry" would.
 *
 * Every client drops its connection at random moments (on average every --drop-every ms),
 * and once --restart-at of the messages are typed the Medusa server is stopped (SIGTERM; with
 * --crash SIGKILL) and started again on the same port and database. One agent socket replies
 * --agent-replies times per conversation, so the transcripts hold both sides.
 * With --restart-db it is PostgreSQL that restarts instead (pg_ctl restart -m fast on a cluster
 * the bench owns, bench/own-postgres.js), while Medusa keeps running; a second agent socket
 * then counts which shoppers' messages reached agents live.
 *
 * The database and every client's own transcript are then checked: per conversation exactly
 * the expected client_ids, each once, seq 1..n without gaps, in the order they were written.
 * Exit code 1 when anything was lost, duplicated or out of order.
 */
const Module = require("node:module")
const path = require("node:path")
const { buildSync } = require("esbuild")
const { io } = require("socket.io-client")
const { findFreePort } = require("../scripts/lib/postgres")
const lib = require("./lib")
const { startOwnPostgres } = require("./own-postgres")

const log = lib.logger("chaos")
const PATH = "/helpdesk/socket.io"
/** The widget's SEND_TIMEOUT. */
const SEND_TIMEOUT_MS = 10_000
const RETRY_AFTER_MS = 500

/** @typedef {{ id: string, ticket_id: string, seq: number, client_id: string | null, author_type: string, kind: string }} WireMessage */

const counters = {
  attempts: { written: 0, reconnect: 0, retry: 0 },
  ackTimeouts: 0,
  errors: /** @type {Record<string, number>} */ ({}),
  randomDrops: 0,
  disconnects: 0,
  replays: 0,
  replayFailures: 0,
  httpFallbacks: 0,
  httpSends: 0,
}

/** Exponentially distributed delay with the given mean, as independent events would have. */
const randomDelay = (/** @type {number} */ mean) =>
  -Math.log(1 - Math.random()) * mean

/**
 * The widget's own delivery code (storefront-snippet/delivery.ts, the socket wrapper of
 * transport.ts and the outbox), built for Node once per run: the bench drives exactly what
 * shoppers' browsers run.
 * @returns {typeof import("../storefront-snippet/delivery") & Pick<typeof import("../storefront-snippet/transport"), "wrapSocket"> & Pick<typeof import("../storefront-snippet/outbox"), "Outbox">}
 */
function loadWidgetDelivery() {
  const dir = path.join(__dirname, "..", "storefront-snippet")
  const { outputFiles } = buildSync({
    stdin: {
      contents: [
        'export { createDelivery } from "./delivery"',
        'export { wrapSocket } from "./transport"',
        'export { Outbox } from "./outbox"',
      ].join("\n"),
      resolveDir: dir,
      loader: "ts",
    },
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    // the same socket.io-client the bench uses
    external: ["socket.io-client"],
    write: false,
  })
  const file = path.join(dir, "delivery.bench.cjs")
  const compiled = new Module(file, module)
  compiled.filename = file
  compiled.paths = module.paths
  // Module#_compile is Node's own and not in its types
  ;/** @type {{ _compile: (code: string, file: string) => void }} */ (
    /** @type {unknown} */ (compiled)
  )._compile(outputFiles[0].text, file)
  return compiled.exports
}

const widget = loadWidgetDelivery()

/** One shopper's widget: the widget's delivery on a real socket.io-client in Node. */
class Visitor {
  /**
   * @param {{ url: string, token: string, ticketId: string, firstClientId: string, index: number,
   *   total: number, gap: number, dropEvery: number, onTyped: () => void }} options
   */
  constructor(options) {
    this.o = options
    this.ticketId = options.ticketId
    /** client_ids in the order the shopper wrote them; the opening message came over HTTP */
    this.written = [options.firstClientId]
    this.outbox = new widget.Outbox([], () => {})
    this.typed = 0
    this.stopped = false
    /** @type {NodeJS.Timeout[]} */
    this.timers = []
    /** @type {() => void} */
    this.onIdle = () => {}
    /** what happened to this client, to explain a failed check */
    /** @type {string[]} */
    this.trace = []

    this.socket = io(`${options.url}/visitor`, {
      path: PATH,
      auth: { token: options.token },
      transports: ["websocket"],
      extraHeaders: { origin: lib.STORE },
      forceNew: true,
      reconnectionDelay: 100,
      reconnectionDelayMax: 2000,
    })
    const http = (
      /** @type {string} */ route,
      /** @type {unknown} */ body = undefined
    ) =>
      fetch(
        `${options.url}/helpdesk/conversations/${options.ticketId}${route}`,
        {
          method: body === undefined ? "GET" : "POST",
          headers: {
            origin: lib.STORE,
            authorization: `Bearer ${options.token}`,
            ...(body === undefined
              ? {}
              : { "content-type": "application/json" }),
          },
          body: body === undefined ? undefined : JSON.stringify(body),
        }
      ).then(async (res) => {
        const data = await res.json().catch(() => ({}))
        if (!res.ok) {
          throw Object.assign(new Error(data.message ?? ""), {
            status: res.status,
          })
        }
        return data
      })
    this.delivery = widget.createDelivery({
      conversationId: options.ticketId,
      token: options.token,
      outbox: this.outbox,
      api: {
        conversation: () => http(""),
        messages: (_id, _token, afterSeq) =>
          http(`/messages?after_seq=${afterSeq}`),
        send: (_id, _token, body) => http("/messages", body),
      },
      socket: () =>
        widget.wrapSocket(
          /** @type {import("../storefront-snippet/transport").VisitorSocket} */ (
            /** @type {unknown} */ (this.socket)
          )
        ),
      changed: () => this.checkIdle(),
      gone: () => this.note("gone: the token opens nothing"),
      observe: (event) => this.observe(event),
    })
  }

  /** @param {import("../storefront-snippet/delivery").DeliveryEvent} event */
  observe(event) {
    switch (event.type) {
      case "send":
        counters.attempts[
          event.reason === "flush" ? "reconnect" : event.reason
        ]++
        if (event.via === "http") {
          counters.httpSends++
        }
        break
      case "stored":
        this.note(`ack ${event.client_id} = seq ${event.seq}`)
        break
      case "refused": {
        if (event.error === null) {
          counters.ackTimeouts++
        } else {
          counters.errors[event.error] = (counters.errors[event.error] ?? 0) + 1
        }
        // the shopper presses "Retry" after a moment
        const id = event.client_id
        this.later(() => this.delivery.retry(id), RETRY_AFTER_MS)
        break
      }
      case "connect":
        counters.replays++
        this.note(`connected, replay after ${event.after_seq}`)
        break
      case "disconnect":
        if (!this.stopped) {
          counters.disconnects++
          this.note("disconnected")
        }
        break
      case "replay-failed":
        counters.replayFailures++
        break
      case "http":
        counters.httpFallbacks++
        this.note("socket down too long: HTTP")
        break
    }
  }

  /** @param {string} line */
  note(line) {
    this.trace.push(`${new Date().toISOString().slice(11, 23)} ${line}`)
  }

  start() {
    this.scheduleTyping()
    this.scheduleDrop()
  }

  /** @param {() => void} fn @param {number} ms */
  later(fn, ms) {
    const timer = setTimeout(() => {
      this.timers = this.timers.filter((t) => t !== timer)
      if (!this.stopped) {
        fn()
      }
    }, ms)
    this.timers.push(timer)
  }

  scheduleTyping() {
    if (this.typed >= this.o.total) {
      return
    }
    this.later(() => {
      this.typed++
      const entry = this.delivery.write(
        `message ${this.typed} of conversation ${this.o.index}`
      )
      this.written.push(entry.client_id)
      this.o.onTyped()
      this.scheduleTyping()
    }, randomDelay(this.o.gap))
  }

  scheduleDrop() {
    if (!this.o.dropEvery) {
      return
    }
    this.later(() => {
      if (this.done()) {
        return
      }
      if (this.socket.connected) {
        counters.randomDrops++
        if (Math.random() < 0.7) {
          // the network goes away under the socket: socket.io reconnects on its own
          this.socket.io.engine.close()
        } else {
          // the tab is suspended, then comes back
          this.socket.disconnect()
          this.later(() => this.socket.connect(), 50 + Math.random() * 1000)
        }
      }
      this.scheduleDrop()
    }, randomDelay(this.o.dropEvery))
  }

  done() {
    return this.typed >= this.o.total && this.outbox.entries.length === 0
  }

  checkIdle() {
    if (this.done()) {
      this.onIdle()
    }
  }

  /** Resolves once everything written is stored. */
  idle() {
    return new Promise((resolve) => {
      this.onIdle = () => resolve(undefined)
      this.checkIdle()
    })
  }

  /** The transcript the widget holds, in seq order. */
  transcript() {
    return [...this.delivery.transcript.list()]
  }

  /** Asks for what came after the last seq held without gaps, as the widget does on its next connect. */
  async catchUp() {
    if (!this.socket.connected) {
      await new Promise((resolve) =>
        this.socket.once("connect", () => resolve(undefined))
      )
    }
    const ack = await this.socket
      .timeout(SEND_TIMEOUT_MS)
      .emitWithAck("replay", {
        after_seq: this.delivery.transcript.replayedThrough,
      })
    if (ack?.ok) {
      this.delivery.receive(ack.messages, true)
    }
  }

  stop() {
    this.stopped = true
    this.timers.forEach((t) => clearTimeout(t))
    this.delivery.stop()
    this.socket.close()
  }
}

/** The agent: replies a few times to each conversation, one reply at a time, retrying until stored. */
class Agent {
  /** @param {{ url: string, token: string, tickets: string[], replies: number, gap: number }} options */
  constructor(options) {
    this.o = options
    /** @type {Map<string, string[]>} client_ids sent per ticket, in order */
    this.written = new Map(options.tickets.map((t) => [t, []]))
    this.pending = options.tickets.length * options.replies
    this.stopped = false
    this.socket = io(`${options.url}/agent`, {
      path: PATH,
      auth: { token: options.token },
      transports: ["websocket"],
      forceNew: true,
      reconnectionDelay: 100,
      reconnectionDelayMax: 2000,
    })
  }

  async run() {
    await Promise.all(
      this.o.tickets.map(async (ticketId, i) => {
        for (let n = 1; n <= this.o.replies && !this.stopped; n++) {
          await lib.sleep(randomDelay(this.o.gap))
          const clientId = `agent-${i}-${n}`
          this.written.get(ticketId)?.push(clientId)
          while (!this.stopped) {
            if (this.socket.connected) {
              try {
                const ack = await this.socket
                  .timeout(SEND_TIMEOUT_MS)
                  .emitWithAck("message:send", {
                    ticket_id: ticketId,
                    client_id: clientId,
                    body: `reply ${n}`,
                  })
                if (ack?.ok) {
                  break
                }
              } catch {
                // dropped or timed out: same client_id again
              }
            }
            await lib.sleep(RETRY_AFTER_MS)
          }
          this.pending--
        }
      })
    )
  }

  stop() {
    this.stopped = true
    this.socket.close()
  }
}

/**
 * Indexes of one longest strictly increasing subsequence.
 * @param {number[]} values @returns {Set<number>}
 */
function longestIncreasing(values) {
  /** @type {number[]} index of the smallest tail of each length */
  const tails = []
  /** @type {number[]} */
  const previous = []
  values.forEach((value, i) => {
    let lo = 0
    let hi = tails.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (values[tails[mid]] < value) {
        lo = mid + 1
      } else {
        hi = mid
      }
    }
    previous[i] = lo > 0 ? tails[lo - 1] : -1
    tails[lo] = i
  })
  const keep = new Set()
  for (
    let i = tails.length ? tails[tails.length - 1] : -1;
    i >= 0;
    i = previous[i]
  ) {
    keep.add(i)
  }
  return keep
}

/**
 * Compares one conversation's stored (or received) messages with what was written.
 * @param {{ seq: number, client_id: string | null, author_type: string }[]} messages ordered by seq
 * @param {string[]} visitorIds written by the shopper, in order
 * @param {string[]} agentIds written by the agent, in order
 * @param {string} where for the examples
 */
function check(messages, visitorIds, agentIds, where) {
  const result = {
    stored: 0,
    lost: 0,
    duplicated: 0,
    outOfOrder: 0,
    unexpected: 0,
    seqGaps: 0,
  }
  /** @type {string[]} */
  const examples = []
  /** @type {string[]} */
  const reordered = []
  const seqs = new Set(messages.map((m) => m.seq))
  const highestSeq = messages.length ? messages[messages.length - 1].seq : 0
  for (let seq = 1; seq <= highestSeq; seq++) {
    if (!seqs.has(seq)) {
      result.seqGaps++
      examples.push(`${where}: no seq ${seq}`)
    }
  }
  const counts = new Map()
  messages.forEach((m) =>
    counts.set(m.client_id, (counts.get(m.client_id) ?? 0) + 1)
  )
  for (const ids of [visitorIds, agentIds]) {
    const position = new Map(ids.map((id, i) => [id, i]))
    for (const id of ids) {
      const n = counts.get(id) ?? 0
      result.stored += Math.min(n, 1)
      if (n === 0) {
        result.lost++
        examples.push(`${where}: ${id} missing`)
      } else if (n > 1) {
        result.duplicated += n - 1
        examples.push(`${where}: ${id} ${n} times`)
      }
    }
    // out of order: the fewest messages that would have to move to restore the written order
    const seen = new Set()
    const mine = messages.filter((m) => {
      const first = position.has(m.client_id ?? "") && !seen.has(m.client_id)
      seen.add(m.client_id)
      return first
    })
    const inOrder = longestIncreasing(
      mine.map((m) => /** @type {number} */ (position.get(m.client_id ?? "")))
    )
    mine.forEach((m, i) => {
      if (!inOrder.has(i)) {
        result.outOfOrder++
        const before = mine[i - 1]
        reordered.push(
          `${where}: ${m.client_id} stored as seq ${m.seq}${before ? `, after ${before.client_id} (seq ${before.seq})` : ""}`
        )
      }
    })
  }
  const expected = new Set([...visitorIds, ...agentIds])
  for (const m of messages) {
    if (!expected.has(m.client_id ?? "")) {
      result.unexpected++
      examples.push(`${where}: unexpected ${m.client_id} (seq ${m.seq})`)
    }
  }
  return { ...result, examples, reordered }
}

/** @param {ReturnType<typeof check>[]} results */
const sum = (results) =>
  results.reduce(
    (a, r) => {
      a.stored += r.stored
      a.lost += r.lost
      a.duplicated += r.duplicated
      a.outOfOrder += r.outOfOrder
      a.unexpected += r.unexpected
      a.seqGaps += r.seqGaps
      a.examples.push(...r.examples)
      a.reordered.push(...r.reordered)
      return a
    },
    {
      stored: 0,
      lost: 0,
      duplicated: 0,
      outOfOrder: 0,
      unexpected: 0,
      seqGaps: 0,
      examples: /** @type {string[]} */ ([]),
      reordered: /** @type {string[]} */ ([]),
    }
  )

/**
 * An agent socket of its own that only listens: which client_ids reached agents live
 * (`message:new`), for the database-restart mode, where Medusa itself stays up.
 * @param {string} url @param {string} token
 */
function watchDeliveries(url, token) {
  const socket = io(`${url}/agent`, {
    path: PATH,
    auth: { token },
    transports: ["websocket"],
    forceNew: true,
  })
  /** @type {Set<string>} */
  const seen = new Set()
  const state = {
    seen,
    duplicates: 0,
    ready: new Promise((resolve) =>
      socket.once("connect", () => resolve(undefined))
    ),
    stop: () => socket.close(),
  }
  socket.on("message:new", (/** @type {WireMessage} */ message) => {
    if (message.client_id && seen.has(message.client_id)) {
      state.duplicates++
    } else if (message.client_id) {
      seen.add(message.client_id)
    }
  })
  return state
}

async function main() {
  const args = lib.parseArgs(process.argv.slice(2), {
    conversations: 40,
    messages: 2000,
    gap: 800,
    "drop-every": 5000,
    "restart-at": 0.4,
    "agent-replies": 5,
    crash: false,
    "restart-db": false,
  })
  const restartDb = !!args["restart-db"]
  const ownPg = restartDb ? await startOwnPostgres({ log }) : undefined
  if (ownPg) {
    // prepareDatabase creates the bench's database on the server DATABASE_URL names
    process.env.DATABASE_URL = ownPg.url
  }
  const conversations = Number(args.conversations)
  const perConversation = Math.ceil(Number(args.messages) / conversations)
  const totalMessages = perConversation * conversations
  // --restart-at 0: no restart
  const restartAfter =
    Number(args["restart-at"]) > 0
      ? Math.max(1, Math.floor(totalMessages * Number(args["restart-at"])))
      : 0

  const logDir = lib.logDir("bench-chaos")
  log(`server logs in ${logDir}`)
  const db = await lib.prepareDatabase({
    name: "chaos",
    log,
    logFile: path.join(logDir, "setup.log"),
  })
  // another range in the database-restart mode, so it can run next to the plain one
  const port = await findFreePort(restartDb ? 9740 : 9400)
  const serverLog = path.join(logDir, "medusa.log")
  let app = await lib.startServer({
    databaseUrl: db.databaseUrl,
    port,
    logFile: serverLog,
  })
  log(`medusa start on ${app.url} (pid ${app.pid})`)
  const { token, channelId } = await lib.createChannel(app.url)
  const started = await lib.startConversations(
    app.url,
    channelId,
    conversations,
    { prefix: "chaos" }
  )
  const agentToken = await lib.agentToken(app.url, token)

  let typed = 0
  /** @type {Promise<void> | undefined} */
  let restart
  let downMs = 0
  const restartDatabase = async () => {
    log(
      `restart: ${typed} of ${totalMessages} messages written; restarting PostgreSQL (pg_ctl restart -m fast)…`
    )
    downMs = /** @type {NonNullable<typeof ownPg>} */ (ownPg).restart()
    log(`restart: PostgreSQL up again after ${(downMs / 1000).toFixed(1)} s`)
  }
  const restartServer = async () => {
    log(
      `restart: ${typed} of ${totalMessages} messages written; stopping medusa (${args.crash ? "SIGKILL" : "SIGTERM"})…`
    )
    const t = Date.now()
    if (args.crash) {
      try {
        process.kill(-app.pid, "SIGKILL")
      } catch {
        // already gone
      }
      await app.exited
    } else {
      await app.stop()
    }
    const stoppedAt = Date.now()
    app = await lib.startServer({
      databaseUrl: db.databaseUrl,
      port,
      logFile: serverLog,
    })
    if (app.port !== port) {
      throw new Error(
        `port ${port} was taken while the server was down (now on ${app.port})`
      )
    }
    downMs = Date.now() - t
    log(
      `restart: stopped in ${((stoppedAt - t) / 1000).toFixed(1)} s, up again after ${(downMs / 1000).toFixed(1)} s`
    )
  }

  const visitors = started.map(
    (c, index) =>
      new Visitor({
        url: app.url,
        token: c.token,
        ticketId: c.ticketId,
        firstClientId: c.firstClientId,
        index,
        total: perConversation,
        gap: Number(args.gap),
        dropEvery: Number(args["drop-every"]),
        onTyped: () => {
          typed++
          if (typed === restartAfter && !restart) {
            restart = restartDb ? restartDatabase() : restartServer()
          }
        },
      })
  )
  lib.onCleanup(async () => visitors.forEach((v) => v.stop()))
  const agent = new Agent({
    url: app.url,
    token: agentToken,
    tickets: started.map((c) => c.ticketId),
    replies: Number(args["agent-replies"]),
    gap:
      (perConversation * Number(args.gap)) /
      Math.max(1, Number(args["agent-replies"])),
  })
  lib.onCleanup(async () => agent.stop())
  const watcher = restartDb ? watchDeliveries(app.url, agentToken) : undefined
  lib.onCleanup(async () => watcher?.stop())

  const dropText = args["drop-every"]
    ? `a random drop every ~${(Number(args["drop-every"]) / 1000).toFixed(1)} s per client`
    : "no random drops"
  const restartText = !restartAfter
    ? "no restart"
    : restartDb
      ? `one PostgreSQL restart (pg_ctl restart -m fast, Medusa keeps running) after ${restartAfter} messages`
      : `one server restart (${args.crash ? "SIGKILL" : "SIGTERM"}) after ${restartAfter} messages`
  const t0 = Date.now()
  log(
    `${conversations} conversations × ${perConversation} messages, sent as written (the widget's delivery code), ` +
      `${dropText}, ${restartText}`
  )
  await watcher?.ready
  visitors.forEach((v) => v.start())
  const agentDone = agent.run()

  const progress = setInterval(() => {
    const queued = visitors.reduce((n, v) => n + v.outbox.entries.length, 0)
    log(
      `${((Date.now() - t0) / 1000).toFixed(0)} s: written ${typed}/${totalMessages}, unacknowledged ${queued}, drops ${counters.randomDrops}, agent replies left ${agent.pending}`
    )
  }, 10_000)
  const deadline = lib
    .sleep(Math.max(300_000, perConversation * Number(args.gap) * 4))
    .then(() => "timeout")
  const finished = await Promise.race([
    Promise.all([
      ...visitors.map((v) => v.idle()),
      agentDone,
      ...(restart ? [restart] : []),
    ]).then(() => "done"),
    deadline,
  ])
  if (restart) {
    await restart
  }
  clearInterval(progress)
  const elapsed = (Date.now() - t0) / 1000
  if (finished === "timeout") {
    log("time is up: some messages were never acknowledged")
  }

  // the widget's next connect would ask for what came after its highest seq
  await Promise.all(visitors.map((v) => v.catchUp().catch(() => undefined)))
  visitors.forEach((v) => v.stop())
  agent.stop()

  const { rows } = await db.query(
    "select ticket_id, seq, client_id, author_type from helpdesk_message where deleted_at is null order by ticket_id, seq"
  )
  /** @type {Map<string, { seq: number, client_id: string | null, author_type: string }[]>} */
  const stored = new Map(visitors.map((v) => [v.ticketId, []]))
  for (const row of rows) {
    stored.get(row.ticket_id)?.push(row)
  }

  // a fresh connection replaying from the start must give what the database holds
  const fresh = await Promise.all(
    visitors.map(async (v) => {
      const socket = io(`${app.url}/visitor`, {
        path: PATH,
        auth: { token: v.o.token },
        transports: ["websocket"],
        reconnection: false,
        forceNew: true,
      })
      try {
        const ack = await socket
          .timeout(SEND_TIMEOUT_MS)
          .emitWithAck("replay", { after_seq: 0 })
        return ack?.ok ? /** @type {WireMessage[]} */ (ack.messages) : undefined
      } finally {
        socket.close()
      }
    })
  )

  const agentIds = (/** @type {Visitor} */ v) =>
    agent.written.get(v.ticketId) ?? []
  const inDb = sum(
    visitors.map((v, i) =>
      check(
        stored.get(v.ticketId) ?? [],
        v.written,
        agentIds(v),
        `database, conversation ${i}`
      )
    )
  )
  const inTranscripts = sum(
    visitors.map((v, i) =>
      check(
        v.transcript(),
        v.written,
        agentIds(v),
        `transcript of conversation ${i}`
      )
    )
  )
  const replayMismatches = visitors.filter((v, i) => {
    const db = (stored.get(v.ticketId) ?? [])
      .map((m) => `${m.seq}:${m.client_id}`)
      .join(",")
    return (
      (fresh[i] ?? []).map((m) => `${m.seq}:${m.client_id}`).join(",") !== db
    )
  }).length

  const broken = visitors.find((v) => {
    const r = check(v.transcript(), v.written, agentIds(v), "")
    return r.lost + r.seqGaps > 0
  })
  const examples = [
    ...inDb.examples.slice(0, 5),
    ...inTranscripts.examples.slice(0, 5),
    ...inDb.reordered.slice(0, 3),
    ...inTranscripts.reordered.slice(0, 3),
  ]
  const written = visitors.reduce((n, v) => n + v.written.length - 1, 0)
  const agentWritten = [...agent.written.values()].reduce(
    (n, ids) => n + ids.length,
    0
  )
  const int = (/** @type {number} */ n) => n.toLocaleString("en-US")
  let watcherMissed = 0
  const m = lib.machine()
  const lines = [
    [
      "sent",
      `${int(written)} by shoppers over sockets (+${int(conversations)} opening messages over HTTP, +${int(agentWritten)} agent replies)`,
    ],
    [
      "stored",
      `${int(inDb.stored)} of ${int(written + conversations + agentWritten)} expected (${int(rows.length)} rows)`,
    ],
    ["lost", int(inDb.lost)],
    ["duplicated", int(inDb.duplicated)],
    ["out-of-order", int(inDb.outOfOrder)],
    ["seq gaps", int(inDb.seqGaps)],
    ["unexpected rows", int(inDb.unexpected)],
    [
      "clients' transcripts",
      `lost ${inTranscripts.lost}, duplicated ${inTranscripts.duplicated}, out-of-order ${inTranscripts.outOfOrder}, seq gaps ${inTranscripts.seqGaps}`,
    ],
    [
      "full replay = database",
      `${conversations - replayMismatches}/${conversations} conversations`,
    ],
    [
      "disconnects",
      `${int(counters.disconnects)} (${int(counters.randomDrops)} random drops${restartAfter ? ", the rest by the restart" : ""})`,
    ],
    [
      "restarts",
      !restartAfter
        ? "0"
        : restartDb
          ? `1 PostgreSQL restart (away ${(downMs / 1000).toFixed(1)} s)`
          : `1 (${args.crash ? "SIGKILL" : "SIGTERM"}; server away ${(downMs / 1000).toFixed(1)} s)`,
    ],
    ...(watcher
      ? [
          [
            "agents saw live",
            (() => {
              const shoppers = visitors.flatMap((v) => v.written.slice(1))
              const missed = shoppers.filter((id) => !watcher.seen.has(id))
              watcherMissed = missed.length
              return `${int(shoppers.length - missed.length)} of ${int(shoppers.length)} shoppers' messages (${int(watcher.duplicates)} twice)`
            })(),
          ],
        ]
      : []),
    [
      "send attempts",
      `${int(counters.attempts.written + counters.attempts.reconnect + counters.attempts.retry)}: ${int(counters.attempts.written)} when written, ${int(counters.attempts.reconnect)} from the outbox after a reconnect, ${int(counters.attempts.retry)} retries after ${int(counters.ackTimeouts)} ack timeouts and errors ${JSON.stringify(counters.errors)}`,
    ],
    [
      "HTTP fallback",
      `${int(counters.httpFallbacks)} times a socket stayed down 8 s; ${int(counters.httpSends)} sends over HTTP`,
    ],
    [
      "replays on reconnect",
      `${int(counters.replays)} (${int(counters.replayFailures)} unanswered on a live connection)`,
    ],
    [
      "duration",
      `${elapsed.toFixed(1)} s${finished === "timeout" ? " (timed out)" : ""}`,
    ],
  ]
  const width = Math.max(...lines.map(([k]) => k.length))
  console.log(
    [
      "",
      `Chaos bench: ${conversations} conversations × ${perConversation} messages, each sent as soon as written by the widget's own delivery code, ` +
        `${dropText}, ${restartText}`,
      `machine: ${m.cores} cores, Node ${m.node}, PostgreSQL ${db.version}; load average ${m.load}`,
      "",
      ...lines.map(([k, v]) => `${k.padEnd(width)}  ${v}`),
      "",
      ...(examples.length
        ? ["for example:", ...examples.map((e) => `  ${e}`), ""]
        : []),
      ...(broken
        ? [
            `what the client of conversation ${visitors.indexOf(broken)} saw (last 60 events):`,
            ...broken.trace.slice(-60).map((l) => `  ${l}`),
            "",
          ]
        : []),
    ].join("\n")
  )

  const bad =
    inDb.lost +
    inDb.duplicated +
    inDb.outOfOrder +
    inDb.seqGaps +
    inDb.unexpected +
    inTranscripts.lost +
    inTranscripts.duplicated +
    inTranscripts.outOfOrder +
    inTranscripts.seqGaps +
    replayMismatches +
    watcherMissed
  return bad > 0 || finished === "timeout" ? 1 : 0
}

lib.runMain("chaos", main)
