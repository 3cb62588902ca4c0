#!/usr/bin/env node
// @ts-check
/**
 * `npm run bench:orders`: how fast a ticket's Orders card answers in a shop with many orders.
 *
 *   node bench/orders.js [--orders 20000] [--emails 5000] [--tickets 200] [--requests 200]
 *                        [--warmup 20] [--reuse] [--baselinker=false] [--bl-latency 150]
 *                        [--bl-budget 60] [--bl-cold 40] [--bl-looks 1000] [--bl-seconds 60]
 *
 * Seeds --orders Medusa orders over --emails shoppers' e-mails through Medusa's Order module
 * (bench/seed-orders.js; every third order's e-mail typed with capitals), and a ticket for each
 * of the first --tickets e-mails; starts `medusa start` without the admin, logs in and times
 * `GET /admin/helpdesk/tickets/:id/orders` over keep-alive HTTP, one request at a time:
 *   - cold: the first look at each ticket (nothing cached for its e-mail yet);
 *   - warm: one ticket looked at again and again.
 * Every answer is checked against the database (the orders of the e-mail in any case). The
 * e-mail lookup's plan is printed, and the trigram index's scan counter proves the requests
 * used it.
 *
 * Then the BaseLinker part (unless --baselinker=false): the BaseLinker double
 * (integration-tests/fixtures/baselinker-double.js) answers every call after --bl-latency ms
 * and holds 1–3 orders for each ticket's e-mail; a second `medusa start` talks to it with a
 * budget of --bl-budget calls a minute and the background refresh off, and the bench times
 *   - BaseLinker cold: the first look at --bl-cold tickets (one getOrders call each);
 *   - BaseLinker warm: those tickets looked at again (answered from the cache);
 *   - a busy minute: --bl-looks looks over all the tickets' e-mails (each e-mail as often),
 *     sent at an even pace over --bl-seconds s without waiting for answers, starting with
 *     nothing cached and the budget unspent: the calls the double logged (never more than the
 *     budget in any 60 s) and how many looks the cache answered.
 * Every BaseLinker answer is checked against the double's orders for the e-mail.
 *
 * With --reuse the seeded database is kept as `helpdesk_bench_orders` for the next run of the
 * same size.
 */
const http = require("node:http")
const path = require("node:path")
const { findFreePort } = require("../scripts/lib/postgres")
const { login, runMedusa } = require("../scripts/lib/app")
const lib = require("./lib")
const {
  makeOrder,
  startBaselinkerDouble,
} = require("../integration-tests/fixtures/baselinker-double")

const log = lib.logger("orders")
const KEPT_DB_NAME = "helpdesk_bench_orders"
const SEED_VERSION = 1
const TARGET_P95_MS = 30
// "the route answers within a couple of seconds even when BaseLinker is slow"
const TARGET_BL_COLD_P95_MS = 2_000
// a look waits at most 2 s for the budget (MAX_BUDGET_WAIT_MS), then answers from the cache
const TARGET_BL_BUSY_P95_MS = 2_500
const BL_TOKEN = "bench-token"
const EMAIL_INDEX = "IDX_helpdesk_order_email_trgm"

const int = (/** @type {number} */ n) => n.toLocaleString("en-US")
const keepAlive = new http.Agent({ keepAlive: true, maxSockets: 1 })

/**
 * @param {string} url @param {string} token @param {string} route
 * @returns {Promise<{ status: number, ms: number, body: string }>}
 */
function get(url, token, route, agent = keepAlive, timeoutMs = 30_000) {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const req = http.get(
      `${url}${route}`,
      { agent, headers: { authorization: `Bearer ${token}` } },
      (res) => {
        /** @type {Buffer[]} */
        const chunks = []
        res.on("data", (chunk) => chunks.push(chunk))
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            ms: performance.now() - started,
            body: Buffer.concat(chunks).toString("utf8"),
          })
        )
        res.on("error", reject)
      }
    )
    req.setTimeout(timeoutMs, () =>
      req.destroy(new Error(`GET ${route} timed out`))
    )
    req.on("error", reject)
  })
}

/**
 * @typedef {{ id: string, email: string }} BenchTicket
 * @typedef {{ ordersSeconds: number, tickets: BenchTicket[], seededAt: string }} SeedInfo
 */

/**
 * One look at a ticket's orders, checked against the database's count for its e-mail.
 * @param {string} url @param {string} token @param {BenchTicket} ticket
 * @param {Map<string, number>} expected
 */
async function look(url, token, ticket, expected) {
  const route = `/admin/helpdesk/tickets/${ticket.id}/orders`
  const res = await get(url, token, route)
  if (res.status !== 200) {
    throw new Error(
      `GET ${route} answered ${res.status}: ${res.body.slice(0, 300)}`
    )
  }
  const body = JSON.parse(res.body)
  const want = expected.get(ticket.email) ?? 0
  if (
    body.medusa?.count !== want ||
    body.orders.length !== Math.min(10, want)
  ) {
    throw new Error(
      `GET ${route}: ${body.medusa?.count} orders counted and ${body.orders.length} shown, the database holds ${want} for ${ticket.email}`
    )
  }
  return res.ms
}

/** @param {number[]} samples */
const summary = (samples) => {
  const sorted = [...samples].sort((a, b) => a - b)
  return { p50: lib.percentile(sorted, 50), p95: lib.percentile(sorted, 95) }
}

/**
 * @typedef {{ state: string, fetched_at: string | null, retry_at: string | null, count: number, capped?: boolean }} BaselinkerBlock
 * @typedef {{ ms: number, baselinker: BaselinkerBlock }} BaselinkerLook
 */

/**
 * One look at a ticket's orders with BaseLinker connected; when BaseLinker's part is `ok`, its
 * orders are checked against the double's orders for the e-mail.
 * @param {string} url @param {string} token @param {BenchTicket} ticket
 * @param {Map<string, number>} expected BaseLinker orders per lower-cased e-mail
 * @param {http.Agent} [agent]
 * @returns {Promise<BaselinkerLook>}
 */
async function lookBaselinker(
  url,
  token,
  ticket,
  expected,
  agent,
  timeoutMs = 30_000
) {
  const route = `/admin/helpdesk/tickets/${ticket.id}/orders`
  const res = await get(url, token, route, agent, timeoutMs)
  if (res.status !== 200) {
    throw new Error(
      `GET ${route} answered ${res.status}: ${res.body.slice(0, 300)}`
    )
  }
  const body = JSON.parse(res.body)
  /** @type {BaselinkerBlock} */
  const baselinker = body.baselinker
  if (baselinker.state === "ok") {
    const want = expected.get(ticket.email.toLowerCase()) ?? 0
    const shown = body.orders.filter(
      (/** @type {{ source: string }} */ o) => o.source === "baselinker"
    ).length
    if (baselinker.count !== want || shown !== want) {
      throw new Error(
        `GET ${route}: ${baselinker.count} BaseLinker orders counted and ${shown} shown, the double holds ${want} for ${ticket.email}`
      )
    }
  }
  return { ms: res.ms, baselinker }
}

/** A small seeded generator, so every run looks at the e-mails in the same order. */
function mulberry32(seed = 11) {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * The BaseLinker part: a second `medusa start` connected to the double.
 * @param {{
 *   db: { databaseUrl: string, query: (sql: string, params?: unknown[]) => Promise<import("pg").QueryResult> },
 *   tickets: BenchTicket[], logDir: string, latencyMs: number, budget: number,
 *   coldCount: number, warmLooks: number, warmup: number, busyLooks: number, busySeconds: number,
 * }} input
 */
async function measureBaselinker(input) {
  const { db, tickets, budget } = input
  const DAY = 86_400
  const nowS = Math.floor(Date.now() / 1000)
  /** @type {Record<string, unknown>[]} */
  const orders = []
  /** @type {Map<string, number>} */
  const expected = new Map()
  tickets.forEach((ticket, i) => {
    const n = 1 + (i % 3)
    expected.set(ticket.email.toLowerCase(), n)
    for (let k = 0; k < n; k++) {
      orders.push(
        makeOrder({
          order_id: 900_000 + orders.length,
          email: ticket.email.toLowerCase(),
          date_add: nowS - (1 + ((i + k * 7) % 80)) * DAY,
        })
      )
    }
  })
  const double = await startBaselinkerDouble({
    token: BL_TOKEN,
    orders,
    latencyMs: input.latencyMs,
  })
  log(
    `BaseLinker double on ${double.url}: ${int(orders.length)} orders over ${int(tickets.length)} e-mails, answering in ${input.latencyMs} ms`
  )
  const clearCache = () =>
    db.query(
      `delete from helpdesk_external_order; delete from helpdesk_external_order_lookup`
    )
  await clearCache()

  const app = await lib.startServer({
    databaseUrl: db.databaseUrl,
    port: await findFreePort(9350),
    logFile: path.join(input.logDir, "medusa-baselinker.log"),
    env: {
      BASELINKER_TOKEN: BL_TOKEN,
      BASELINKER_API_URL: double.url,
      BASELINKER_REQUESTS_PER_MINUTE: String(budget),
      // the scheduled refresh would add calls of its own
      BASELINKER_BACKGROUND_REFRESH: "false",
    },
  })
  log(`medusa start with BaseLinker on ${app.url} (pid ${app.pid})`)
  try {
    const token = await login(app.url, lib.EMAIL, lib.PASSWORD)
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
    const [spare, ...rest] = tickets
    for (let i = 0; i < input.warmup; i++) {
      await lookBaselinker(app.url, token, spare, expected, agent)
    }

    // cold: the first look at each of these tickets makes one getOrders call
    const coldTickets = rest.slice(0, input.coldCount)
    const callsBeforeCold = double.callsOf("getOrders").length
    /** @type {BaselinkerLook[]} */
    const cold = []
    for (const ticket of coldTickets) {
      cold.push(await lookBaselinker(app.url, token, ticket, expected, agent))
    }
    const coldCalls = double.callsOf("getOrders").length - callsBeforeCold
    const notOk = cold.filter((l) => l.baselinker.state !== "ok")
    if (notOk.length || coldCalls !== coldTickets.length) {
      throw new Error(
        `cold BaseLinker looks: ${notOk.length} not ok (${notOk.map((l) => l.baselinker.state).join(", ")}), ${coldCalls} getOrders calls for ${coldTickets.length} tickets; lower --bl-cold below --bl-budget`
      )
    }

    // warm: the same tickets again, from the cache
    const callsBeforeWarm = double.calls.length
    /** @type {BaselinkerLook[]} */
    const warm = []
    for (let i = 0; i < input.warmLooks; i++) {
      const ticket = coldTickets[i % coldTickets.length]
      warm.push(await lookBaselinker(app.url, token, ticket, expected, agent))
    }
    const warmCalls = double.calls.length - callsBeforeWarm
    if (warmCalls !== 0) {
      throw new Error(`warm BaseLinker looks made ${warmCalls} calls`)
    }
    agent.destroy()

    // the busy minute starts with nothing cached and the budget unspent (a call counts 61 s)
    await clearCache()
    const lastCall = Math.max(...double.calls.map((c) => c.at))
    const idle = lastCall + 61_000 - Date.now()
    if (idle > 0) {
      log(
        `waiting ${(idle / 1000).toFixed(0)} s for the budget's window to empty…`
      )
      await lib.sleep(idle)
    }
    const rounds = Math.ceil(input.busyLooks / tickets.length)
    const random = mulberry32()
    /** @type {BenchTicket[]} */
    const plan = []
    for (let r = 0; r < rounds; r++) {
      const round = [...tickets]
      for (let i = round.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1))
        ;[round[i], round[j]] = [round[j], round[i]]
      }
      plan.push(...round)
    }
    plan.length = input.busyLooks
    const busyAgent = new http.Agent({ keepAlive: true, maxSockets: 64 })
    const gap = (input.busySeconds * 1000) / plan.length
    const callsBeforeBusy = double.calls.length
    const busyStart = Date.now()
    log(
      `${int(plan.length)} looks over ${int(tickets.length)} e-mails, one every ${gap.toFixed(0)} ms…`
    )
    // a look the server does not answer within 2 minutes is counted, not fatal
    /** @type {Promise<BaselinkerLook | { error: string }>[]} */
    const pending = []
    let lastSent = busyStart
    for (let i = 0; i < plan.length; i++) {
      const wait = busyStart + i * gap - Date.now()
      if (wait > 0) {
        await lib.sleep(wait)
      }
      lastSent = Date.now()
      pending.push(
        lookBaselinker(
          app.url,
          token,
          plan[i],
          expected,
          busyAgent,
          120_000
        ).catch((/** @type {Error} */ error) => ({ error: error.message }))
      )
    }
    const settled = await Promise.all(pending)
    const busy = /** @type {BaselinkerLook[]} */ (
      settled.filter((l) => !("error" in l))
    )
    const failed = settled.length - busy.length
    if (failed) {
      const first = settled.find((l) => "error" in l)
      log(
        `${failed} looks got no answer: ${first && "error" in first ? first.error : ""}`
      )
    }
    const busyEnd = Date.now()
    busyAgent.destroy()
    const busyCalls = double.calls.slice(callsBeforeBusy)
    // a look answered ok either made a getOrders call of its own or shared one (single flight)
    // or read the cache: the looks without a call of their own are the cache's hits
    const ok = busy.filter((l) => l.baselinker.state === "ok").length
    const fetched = busyCalls.filter(
      (c) => c.method === "getOrders" && c.status === "SUCCESS"
    ).length
    const fromCache = Math.max(0, ok - fetched)
    const states = busy.reduce(
      (acc, l) =>
        acc.set(l.baselinker.state, (acc.get(l.baselinker.state) ?? 0) + 1),
      /** @type {Map<string, number>} */ (new Map())
    )
    return {
      latencyMs: input.latencyMs,
      budget,
      emails: tickets.length,
      orders: orders.length,
      cold: cold.map((l) => l.ms),
      warm: warm.map((l) => l.ms),
      coldTickets: coldTickets.length,
      busy: {
        looks: settled.length,
        failed,
        ms: busy.map((l) => l.ms),
        sentOverS: (lastSent - busyStart) / 1000,
        tookS: (busyEnd - busyStart) / 1000,
        calls: busyCalls.length,
        getOrders: busyCalls.filter((c) => c.method === "getOrders").length,
        fromCache,
        fetched,
        states,
      },
      totalCalls: double.calls.length,
      maxCallsPerMinute: double.maxCallsPerMinute(),
      errors: double.calls.filter((c) => c.status !== "SUCCESS").length,
    }
  } finally {
    await app.stop()
    await double.stop()
  }
}

async function main() {
  const args = lib.parseArgs(process.argv.slice(2), {
    orders: 20_000,
    emails: 5_000,
    tickets: 200,
    requests: 200,
    warmup: 20,
    reuse: false,
    baselinker: true,
    "bl-latency": 150,
    "bl-budget": 60,
    "bl-cold": 40,
    "bl-looks": 1000,
    "bl-seconds": 60,
    help: false,
  })
  if (args.help) {
    const source = require("node:fs").readFileSync(__filename, "utf8")
    console.log(
      /\/\*\*([\s\S]*?)\*\//.exec(source)?.[1].replace(/^ \* ?/gm, "")
    )
    return 0
  }
  const size = {
    orders: Math.round(Number(args.orders)),
    emails: Math.round(Number(args.emails)),
    tickets: Math.round(Number(args.tickets)),
  }
  if (size.tickets > size.emails || size.emails > size.orders) {
    throw new Error("--tickets ≤ --emails ≤ --orders, please")
  }
  const loadBefore = lib.machine().load
  const logDir = lib.logDir("bench-orders")
  const logFile = path.join(logDir, "setup.log")
  log(`server logs in ${logDir}`)

  /** @param {(sql: string, params?: unknown[]) => Promise<import("pg").QueryResult>} query */
  const readSeed = async (query) => {
    const { rows } = await query(
      `select info from bench_orders_seed where version = $1 and orders = $2 and emails = $3 and tickets = $4`,
      [SEED_VERSION, size.orders, size.emails, size.tickets]
    )
    return rows.length ? /** @type {SeedInfo} */ (rows[0].info) : undefined
  }
  const db = args.reuse
    ? await lib.prepareKeptDatabase({
        dbName: KEPT_DB_NAME,
        canReuse: async (query) => !!(await readSeed(query)),
        log,
        logFile,
      })
    : {
        ...(await lib.prepareDatabase({ name: "orders", log, logFile })),
        reused: false,
      }

  /** @type {SeedInfo | undefined} */
  let info = db.reused ? await readSeed(db.query) : undefined
  if (!info) {
    log(`seeding ${int(size.orders)} orders over ${int(size.emails)} e-mails…`)
    const { stdout } = await runMedusa(["exec", "./bench/seed-orders.js"], {
      env: {
        DATABASE_URL: db.databaseUrl,
        BENCH_ORDERS: String(size.orders),
        BENCH_EMAILS: String(size.emails),
        BENCH_TICKETS: String(size.tickets),
      },
      logFile,
      capture: true,
    })
    const line = /^BENCH_SEED=(.*)$/m.exec(stdout)?.[1]
    if (!line) {
      throw new Error("bench/seed-orders.js printed no BENCH_SEED line")
    }
    const seeded = { ...JSON.parse(line), seededAt: new Date().toISOString() }
    info = seeded
    await db.query(
      `create table if not exists bench_orders_seed (version int, orders int, emails int, tickets int, info jsonb)`
    )
    await db.query(`delete from bench_orders_seed`)
    await db.query(
      `insert into bench_orders_seed values ($1, $2, $3, $4, $5)`,
      [
        SEED_VERSION,
        size.orders,
        size.emails,
        size.tickets,
        JSON.stringify(info),
      ]
    )
    log(
      `seeded ${int(size.orders)} orders in ${seeded.ordersSeconds.toFixed(1)} s`
    )
  }
  const seed = /** @type {SeedInfo} */ (info)
  await db.query(`vacuum (analyze) "order"`)

  const { rows: counts } = await db.query(
    `select lower(email) as email, count(*)::int as n from "order" where deleted_at is null group by 1`
  )
  const expected = new Map(counts.map((r) => [r.email, r.n]))
  const ordersInDb = counts.reduce((sum, r) => sum + r.n, 0)

  // The e-mail lookup as Query words it: the same predicate the route's filter becomes.
  const probe = seed.tickets[0].email
  const { rows: plan } = await db.query(
    `explain select id from "order" where deleted_at is null and (email ilike $1 or customer_id = $2) order by created_at desc limit 10`,
    [probe, "cus_none"]
  )
  const planText = plan.map((r) => r["QUERY PLAN"]).join("\n")
  const indexScans = async () => {
    const { rows } = await db.query(
      `select coalesce(sum(idx_scan), 0)::int as n from pg_stat_user_indexes where indexrelname = $1`,
      [EMAIL_INDEX]
    )
    return /** @type {number} */ (rows[0].n)
  }

  const app = await lib.startServer({
    databaseUrl: db.databaseUrl,
    port: await findFreePort(9340),
    logFile: path.join(logDir, "medusa.log"),
  })
  log(`medusa start on ${app.url} (pid ${app.pid})`)
  const token = await login(app.url, lib.EMAIL, lib.PASSWORD)

  const requests = Math.max(1, Math.round(Number(args.requests)))
  const warmup = Math.round(Number(args.warmup))
  const scansBefore = await indexScans()

  // cold: every ticket's first look (the server itself warmed on one ticket kept apart)
  const [spare, ...rest] = seed.tickets
  for (let i = 0; i < warmup; i++) {
    await look(app.url, token, spare, expected)
  }
  const coldTickets = rest.slice(0, requests)
  const cold = []
  for (const ticket of coldTickets) {
    cold.push(await look(app.url, token, ticket, expected))
  }
  // warm: one ticket again and again
  const warm = []
  for (let i = 0; i < requests; i++) {
    warm.push(await look(app.url, token, spare, expected))
  }
  const scans = (await indexScans()) - scansBefore
  keepAlive.destroy()
  await app.stop()

  /* ------------------------------- BaseLinker ------------------------------- */
  const bl = args.baselinker
    ? await measureBaselinker({
        db,
        tickets: seed.tickets,
        logDir,
        latencyMs: Number(args["bl-latency"]),
        budget: Math.round(Number(args["bl-budget"])),
        coldCount: Math.round(Number(args["bl-cold"])),
        warmLooks: requests,
        warmup,
        busyLooks: Math.round(Number(args["bl-looks"])),
        busySeconds: Number(args["bl-seconds"]),
      })
    : null

  const m = lib.machine()
  const ms = (/** @type {number} */ v) => `${v.toFixed(1)} ms`
  const c = summary(cold)
  const w = summary(warm)
  /** @type {string[][]} */
  const rows = [
    ["measurement", "p50", "p95", "target", "verdict"],
    [
      `ticket orders, warm (one ticket, ${requests} looks)`,
      ms(w.p50),
      ms(w.p95),
      `≤ ${TARGET_P95_MS} ms p95`,
      w.p95 <= TARGET_P95_MS ? "OK" : "MISS",
    ],
    [
      `ticket orders, cold (first look at ${coldTickets.length} tickets)`,
      ms(c.p50),
      ms(c.p95),
      `≤ ${TARGET_P95_MS} ms p95`,
      c.p95 <= TARGET_P95_MS ? "OK" : "MISS",
    ],
  ]
  if (bl) {
    const bc = summary(bl.cold)
    const bw = summary(bl.warm)
    const bb = summary(bl.busy.ms)
    const pct = (/** @type {number} */ n) =>
      `${((100 * n) / bl.busy.looks).toFixed(1)} %`
    const limited = bl.busy.states.get("rate_limited") ?? 0
    const others = [...bl.busy.states]
      .filter(([state]) => state !== "ok" && state !== "rate_limited")
      .map(([state, n]) => `${n} ${state}`)
    rows.push(
      [
        `BaseLinker warm: ${bl.coldTickets} tickets looked at again (${bl.warm.length} looks, no call)`,
        ms(bw.p50),
        ms(bw.p95),
        `≤ ${TARGET_P95_MS} ms p95`,
        bw.p95 <= TARGET_P95_MS ? "OK" : "MISS",
      ],
      [
        `BaseLinker cold: first look at ${bl.coldTickets} tickets (one call each, ${bl.latencyMs} ms)`,
        ms(bc.p50),
        ms(bc.p95),
        `≤ ${int(TARGET_BL_COLD_P95_MS)} ms p95`,
        bc.p95 <= TARGET_BL_COLD_P95_MS ? "OK" : "MISS",
      ],
      [
        `busy minute: ${int(bl.busy.looks)} looks over ${int(bl.emails)} e-mails sent in ${bl.busy.sentOverS.toFixed(1)} s, answer time (queue included)${bl.busy.failed ? `; ${bl.busy.failed} got no answer in 2 min` : ""}`,
        ms(bb.p50),
        ms(bb.p95),
        `≤ ${int(TARGET_BL_BUSY_P95_MS)} ms p95`,
        bb.p95 <= TARGET_BL_BUSY_P95_MS && !bl.busy.failed ? "OK" : "MISS",
      ],
      [
        `busy minute: BaseLinker calls (${bl.busy.getOrders} getOrders); most in any 60 s of the run`,
        `${int(bl.busy.calls)} calls`,
        `${int(bl.maxCallsPerMinute)} in 60 s`,
        `≤ ${bl.budget} in any 60 s`,
        bl.maxCallsPerMinute <= bl.budget ? "OK" : "MISS",
      ],
      [
        `busy minute: cache hit rate (${int(bl.busy.fromCache)} looks without a call of their own, ${bl.busy.fetched} fetched, ${limited} rate_limited${others.length ? `, ${others.join(", ")}` : ""})`,
        pct(bl.busy.fromCache),
        "",
        "reported",
        "",
      ]
    )
  }
  const widths = rows[0].map((_, col) =>
    Math.max(...rows.map((r) => r[col].length))
  )
  const line = (/** @type {string[]} */ r) =>
    `| ${r.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]) : cell.padStart(widths[col]))).join(" | ")} |`
  const rule = `|${widths.map((wd, col) => (col === 0 ? `:${"-".repeat(wd + 1)}` : `${"-".repeat(wd + 1)}:`)).join("|")}|`
  const usesIndex = planText.includes(EMAIL_INDEX)
  console.log(
    [
      "",
      `Orders bench: ${int(ordersInDb)} Medusa orders over ${int(counts.length)} e-mails (every third typed with capitals), ${int(seed.tickets.length)} tickets; one request at a time over keep-alive HTTP; BaseLinker not configured for these two rows`,
      ...(bl
        ? [
            `BaseLinker: a second medusa start with the BaseLinker double (${int(bl.orders)} orders over ${int(bl.emails)} e-mails, every answer after ${bl.latencyMs} ms), budget ${bl.budget} calls a minute, background refresh off; cold and warm one request at a time; the busy minute sends its looks at an even pace without waiting for answers (up to 64 connections), starts with nothing cached and the budget unspent, and took ${bl.busy.tookS.toFixed(1)} s to be answered; the double logged ${int(bl.totalCalls)} calls in the whole run, ${bl.errors} of them refused`,
          ]
        : ["BaseLinker: not measured (--baselinker=false)"]),
      `seed: ${db.reused ? `reused ${KEPT_DB_NAME}, seeded ${seed.seededAt}` : "seeded"} through Medusa's Order module in ${seed.ordersSeconds.toFixed(1)} s`,
      `machine: ${m.cores} cores (${m.model}), ${m.memory} RAM, ${m.platform}, Node ${m.node}; load average ${loadBefore} before, ${m.load} after`,
      `server: medusa start (admin off), PostgreSQL ${db.version}, client and server on this machine`,
      "",
      line(rows[0]),
      rule,
      ...rows.slice(1).map(line),
      "",
      `e-mail lookup: ${usesIndex ? `uses ${EMAIL_INDEX}` : "DOES NOT use the e-mail index"}; the ${int(cold.length + warm.length + warmup)} requests made ${int(scans)} scans of it (pg_stat_user_indexes)`,
      ...planText.split("\n").map((l) => `  ${l}`),
      "",
    ].join("\n")
  )
  return 0
}

lib.runMain("orders", main)
