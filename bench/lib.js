// @ts-check
/**
 * What the benches share: a fresh database with an admin user, Medusa as a child process
 * tuned for load (admin off, rate limits out of the way), a chat channel that is always
 * open, conversations started through the public API, and clean-up on exit or Ctrl-C.
 */
const fs = require("node:fs")
const os = require("node:os")
const path = require("node:path")
const { ensurePostgres } = require("../scripts/lib/postgres")
const {
  migrate,
  ensureAdminUser,
  startMedusa,
  login,
  fetchWithTimeout,
} = require("../scripts/lib/app")

const EMAIL = "bench@example.com"
const PASSWORD = "supersecret"
const STORE = "https://shop.example.com"
const ALWAYS_OPEN = Object.fromEntries(
  ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((day) => [
    day,
    [{ from: "00:00", to: "24:00" }],
  ])
)

/** Server environment for benches: no admin build, no rate limit in the way, no Redis. */
const BENCH_SERVER_ENV = {
  DISABLE_MEDUSA_ADMIN: "true",
  HELPDESK_RATE_LIMIT_CONVERSATIONS: "1000000/60",
  HELPDESK_RATE_LIMIT_MESSAGES: "1000000/60",
  HELPDESK_RATE_LIMIT_AGENT_MESSAGES: "1000000/60",
  HELPDESK_RATE_LIMIT_REPLAYS: "1000000/60",
  HELPDESK_RATE_LIMIT_TYPING: "1000000/60",
  HELPDESK_RATE_LIMIT_CONNECTIONS: "1000000/60",
  REDIS_URL: undefined,
}

/** @param {string} tag */
const logger = (tag) => (/** @type {string} */ line) =>
  console.error(`[${tag}] ${line}`)

/** @type {(() => Promise<unknown>)[]} */
const cleanups = []
/** @type {Promise<void> | undefined} */
let cleaning
let interrupted = false
/** @type {string[]} removed after a successful run, kept otherwise */
const logDirs = []

/** Registers a clean-up; they run last-in first-out. @param {() => Promise<unknown>} fn */
function onCleanup(fn) {
  cleanups.push(fn)
}

/** Runs the clean-ups once; later callers wait for the same run. */
function cleanup() {
  cleaning ??= (async () => {
    while (cleanups.length) {
      const fn = /** @type {() => Promise<unknown>} */ (cleanups.pop())
      try {
        await fn()
      } catch (error) {
        console.error(
          `[cleanup] ${error instanceof Error ? error.message : error}`
        )
      }
    }
  })()
  return cleaning
}

/**
 * Runs `main`, then cleans up and exits with its code; Ctrl-C cleans up too.
 * @param {string} tag @param {() => Promise<number>} main
 */
function runMain(tag, main) {
  const log = logger(tag)
  for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM"])) {
    process.on(signal, () => {
      if (interrupted) {
        return
      }
      interrupted = true
      log(`${signal}: stopping servers and dropping the database…`)
      void cleanup().then(() => process.exit(130))
    })
  }
  /** @param {number} code */
  const finish = async (code) => {
    await cleanup()
    for (const dir of logDirs) {
      if (code === 0 && !process.env.BENCH_KEEP_LOGS) {
        fs.rmSync(dir, { recursive: true, force: true })
      } else {
        log(`server logs kept in ${dir}`)
      }
    }
    process.exit(code)
  }
  main().then(
    (code) => finish(interrupted ? 130 : code),
    (error) => {
      // after Ctrl-C the child processes die with it; their errors are expected
      if (!interrupted) {
        console.error(
          `[${tag}] failed: ${error instanceof Error ? error.stack : error}`
        )
      }
      return finish(interrupted ? 130 : 1)
    }
  )
}

/**
 * A PostgreSQL server (scripts/lib/postgres.js), a new database migrated and with an admin
 * user; the database is dropped on clean-up.
 * @param {{ name: string, log: (line: string) => void, logFile: string }} options
 */
async function prepareDatabase({ name, log, logFile }) {
  const pg = await ensurePostgres({ probe: true, log })
  onCleanup(() => pg.stop())
  const dbName = `hd_bench_${name}_${process.pid}_${Date.now()}`
  await pg.createDatabase(dbName)
  onCleanup(() => pg.dropDatabase(dbName))
  const databaseUrl = pg.url(dbName)
  const started = Date.now()
  await migrate(databaseUrl, { logFile })
  log(`database ${dbName} migrated in ${seconds(started)}`)
  await ensureAdminUser(databaseUrl, EMAIL, PASSWORD, { logFile })
  const { rows } = await pg.query(
    "select current_setting('server_version') as v"
  )
  return {
    pg,
    dbName,
    databaseUrl,
    version: /** @type {string} */ (rows[0].v),
    /** @param {string} sql @param {unknown[]} [params] */
    query: (sql, params) => pg.query(sql, params, dbName),
  }
}

/**
 * A database under a fixed name that outlives the run, for benches whose setup is too slow
 * to repeat on every tuning iteration. `canReuse` looks at an existing one and says whether
 * it is still good; otherwise it is dropped and created anew. Migrations run either way, so
 * indexes added since the last run are there. Nothing is dropped on clean-up.
 * @param {{
 *   dbName: string,
 *   canReuse: (query: (sql: string, params?: unknown[]) => Promise<import("pg").QueryResult>) => Promise<boolean>,
 *   log: (line: string) => void,
 *   logFile: string,
 * }} options
 */
async function prepareKeptDatabase({ dbName, canReuse, log, logFile }) {
  const pg = await ensurePostgres({ probe: true, log })
  onCleanup(() => pg.stop())
  /** @param {string} sql @param {unknown[]} [params] */
  const query = (sql, params) => pg.query(sql, params, dbName)
  let reused = false
  if (!(await pg.ensureDatabase(dbName))) {
    reused = await canReuse(query).catch(() => false)
    if (!reused) {
      log(`database ${dbName} is incomplete or of another size: recreating it`)
      await pg.dropDatabase(dbName)
      await pg.createDatabase(dbName)
    }
  }
  const databaseUrl = pg.url(dbName)
  const started = Date.now()
  await migrate(databaseUrl, { logFile })
  log(`database ${dbName} migrated in ${seconds(started)}`)
  await ensureAdminUser(databaseUrl, EMAIL, PASSWORD, { logFile })
  const { rows } = await pg.query(
    "select current_setting('server_version') as v"
  )
  return {
    pg,
    dbName,
    databaseUrl,
    reused,
    version: /** @type {string} */ (rows[0].v),
    query,
  }
}

/**
 * `medusa start` with the bench environment; stopped on clean-up.
 * @param {{ databaseUrl: string, port?: number, env?: Record<string, string | undefined>, logFile: string }} options
 */
async function startServer({ databaseUrl, port, env = {}, logFile }) {
  const app = await startMedusa({
    databaseUrl,
    port,
    logFile,
    env: { ...BENCH_SERVER_ENV, ...env },
  })
  onCleanup(() => app.stop())
  return app
}

/** @param {string} url @param {string} token @param {string} route @param {unknown} body */
async function post(url, token, route, body, headers = {}) {
  const res = await fetchWithTimeout(`${url}${route}`, {
    method: "POST",
    timeoutMs: 30_000,
    headers: {
      "content-type": "application/json",
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: JSON.stringify(body),
  })
  const data = await res.json().catch(() => ({}))
  if (!res.ok) {
    throw new Error(
      `POST ${route} answered ${res.status}: ${JSON.stringify(data)}`
    )
  }
  return data
}

/** Logs in the bench admin and creates an always-open channel. @param {string} url */
async function createChannel(url, name = "Bench") {
  const token = await login(url, EMAIL, PASSWORD)
  const { channel } = await post(url, token, "/admin/helpdesk/channels", {
    name,
    store_url: STORE,
    opening_hours: ALWAYS_OPEN,
  })
  return { token, channelId: /** @type {string} */ (channel.id) }
}

/** @param {string} url @param {string} adminToken */
async function agentToken(url, adminToken) {
  const data = await post(url, adminToken, "/admin/helpdesk/realtime/token", {})
  return /** @type {string} */ (data.token)
}

/**
 * Starts `count` conversations through the public widget API, `concurrency` at a time.
 * @param {string} url @param {string} channelId @param {number} count
 * @param {{ concurrency?: number, prefix?: string }} [options]
 * @returns {Promise<{ ticketId: string, token: string, firstClientId: string }[]>}
 */
async function startConversations(
  url,
  channelId,
  count,
  { concurrency = 16, prefix = "c" } = {}
) {
  /** @type {{ ticketId: string, token: string, firstClientId: string }[]} */
  const out = new Array(count)
  let next = 0
  const worker = async () => {
    while (next < count) {
      const i = next++
      const firstClientId = `${prefix}-${i}-0`
      const data = await post(
        url,
        "",
        `/helpdesk/channels/${channelId}/conversations`,
        {
          name: `Visitor ${i}`,
          email: `visitor${i}@example.com`,
          subject: `Question ${i}`,
          message: `Hello from visitor ${i}`,
          client_id: firstClientId,
        },
        { origin: STORE }
      )
      out[i] = {
        ticketId: data.conversation.id,
        token: data.visitor_token,
        firstClientId,
      }
    }
  }
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, worker)
  )
  return out
}

/** A temporary folder for server logs; kept when the run fails or BENCH_KEEP_LOGS is set. @param {string} name */
function logDir(name) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `medusa-helpdesk-${name}-`))
  logDirs.push(dir)
  return dir
}

/** @param {number} since */
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/** High-resolution wall clock in ms, comparable between processes on one machine. */
const now = () => performance.timeOrigin + performance.now()

/** @param {number[]} sorted ascending @param {number} p 0..100 */
function percentile(sorted, p) {
  if (!sorted.length) {
    return NaN
  }
  const rank = Math.ceil((p / 100) * sorted.length) - 1
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))]
}

/**
 * `--name value`, `--name=value`; a boolean default makes a flag.
 * @param {string[]} argv @param {Record<string, number | boolean>} defaults
 */
function parseArgs(argv, defaults) {
  /** @type {Record<string, number | string | boolean>} */
  const out = { ...defaults }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg)
    if (!match) {
      throw new Error(`unknown argument ${arg}`)
    }
    const [, key, inline] = match
    if (!(key in defaults)) {
      throw new Error(
        `unknown option --${key} (known: ${Object.keys(defaults)
          .map((k) => `--${k}`)
          .join(", ")})`
      )
    }
    if (typeof defaults[key] === "boolean") {
      out[key] = inline === undefined ? true : inline !== "false"
      continue
    }
    const value = inline ?? argv[++i]
    const number = Number(value)
    if (!Number.isFinite(number) || number < 0) {
      throw new Error(`--${key} needs a number ≥ 0, got ${value}`)
    }
    out[key] = number
  }
  return out
}

let clockTicks = 0

/**
 * CPU time (ms) used so far by the given processes, from /proc; undefined where there is no
 * /proc. `group: true` takes every process of that process group (a server and its workers).
 * @param {number[]} pids @param {{ group?: boolean }} [options]
 */
function cpuTime(pids, { group = false } = {}) {
  if (process.platform !== "linux") {
    return undefined
  }
  if (!clockTicks) {
    try {
      clockTicks =
        Number(
          require("node:child_process").execSync("getconf CLK_TCK").toString()
        ) || 100
    } catch {
      clockTicks = 100
    }
  }
  const wanted = new Set(pids)
  let ticks = 0
  const entries = group
    ? fs.readdirSync("/proc").filter((e) => /^\d+$/.test(e))
    : pids.map(String)
  for (const entry of entries) {
    let stat
    try {
      stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8")
    } catch {
      continue // gone meanwhile
    }
    // the command name may contain spaces: fields are counted after its closing parenthesis
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
    if (group ? wanted.has(Number(fields[2])) : true) {
      ticks += Number(fields[11]) + Number(fields[12])
    }
  }
  return (ticks * 1000) / clockTicks
}

function machine() {
  const cpus = os.cpus()
  return {
    cores: cpus.length,
    model: cpus[0]?.model.trim() ?? "?",
    memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    load: os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" "),
  }
}

module.exports = {
  EMAIL,
  PASSWORD,
  STORE,
  ALWAYS_OPEN,
  BENCH_SERVER_ENV,
  logger,
  onCleanup,
  cleanup,
  runMain,
  prepareDatabase,
  prepareKeptDatabase,
  startServer,
  post,
  createChannel,
  agentToken,
  startConversations,
  logDir,
  seconds,
  sleep,
  now,
  percentile,
  parseArgs,
  cpuTime,
  machine,
}
