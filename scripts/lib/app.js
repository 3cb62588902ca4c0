// @ts-check
/**
 * Small helpers to drive a Medusa application from scripts and tests: migrate, create the admin
 * user, start the server, wait for it, log in. Nothing here prints on its own unless asked to;
 * callers decide what the user sees.
 *
 *   const { migrate, ensureAdminUser, startMedusa, warmAdmin, login } = require("./lib/app")
 *   await migrate(databaseUrl)
 *   await ensureAdminUser(databaseUrl, "admin@example.com", "supersecret")
 *   const app = await startMedusa({ port: 9000, databaseUrl })
 *   const token = await login(app.url, "admin@example.com", "supersecret")
 *   await app.stop()
 *
 * Every function takes `cwd` (default: this repository), so the same code drives the
 * temporary host app of scripts/check-package.js.
 */
const fs = require("node:fs")
const path = require("node:path")
const { spawn } = require("node:child_process")
const { Client } = require("@medusajs/framework/pg")
const { findFreePort, isPortFree } = require("./postgres")

const ROOT = path.resolve(__dirname, "..", "..")

/**
 * @typedef {{
 *   cwd?: string,
 *   env?: Record<string, string | undefined>,
 *   logFile?: string,
 * }} RunOptions
 *   logFile: append the command's output to this file instead of showing it.
 */

/** The medusa CLI of the app in `cwd` (its node_modules/.bin), or npx as a last resort. */
function medusaCommand(cwd = ROOT) {
  const bin = path.join(
    cwd,
    "node_modules",
    ".bin",
    process.platform === "win32" ? "medusa.cmd" : "medusa"
  )
  return fs.existsSync(bin) ? [bin] : ["npx", "--no-install", "medusa"]
}

/**
 * Environment every medusa command gets: `defaults` unless this process's environment says
 * otherwise (no telemetry calls by default), then the caller's `overrides`.
 * @param {Record<string, string | undefined>} overrides @param {Record<string, string>} [defaults]
 */
function medusaEnv(overrides = {}, defaults = {}) {
  /** @type {Record<string, string>} */
  const env = {}
  for (const [key, value] of Object.entries({
    MEDUSA_DISABLE_TELEMETRY: "true",
    ...defaults,
    ...process.env,
    ...overrides,
  })) {
    if (value !== undefined) {
      env[key] = String(value)
    }
  }
  return env
}

/** The last `lines` lines of a file, for error messages. @param {string} file */
function tail(file, lines = 40) {
  try {
    return fs.readFileSync(file, "utf8").split("\n").slice(-lines).join("\n")
  } catch {
    return ""
  }
}

/**
 * Runs a medusa CLI command to completion.
 * @param {string[]} args e.g. ["db:migrate"]
 * @param {RunOptions & { capture?: boolean }} [options] capture: also return stdout
 * @returns {Promise<{ stdout: string }>}
 */
function runMedusa(
  args,
  { cwd = ROOT, env = {}, logFile, capture = false } = {}
) {
  const [cmd, ...pre] = medusaCommand(cwd)
  return new Promise((resolve, reject) => {
    const out = logFile ? fs.openSync(logFile, "a") : undefined
    if (out !== undefined) {
      fs.writeSync(out, `\n$ medusa ${args.join(" ")}\n`)
    }
    const child = spawn(cmd, [...pre, ...args], {
      cwd,
      env: medusaEnv(env),
      stdio: [
        "ignore",
        capture ? "pipe" : (out ?? "inherit"),
        out ?? "inherit",
      ],
    })
    let stdout = ""
    child.stdout?.on("data", (chunk) => {
      stdout += chunk
      if (out !== undefined) {
        fs.writeSync(out, chunk)
      } else {
        process.stdout.write(chunk)
      }
    })
    child.on("error", reject)
    child.on("close", (code, signal) => {
      if (out !== undefined) {
        fs.closeSync(out)
      }
      if (code === 0) {
        resolve({ stdout })
      } else {
        const where = logFile
          ? `\n--- ${logFile} (last lines) ---\n${tail(logFile)}`
          : ""
        reject(
          new Error(
            `medusa ${args.join(" ")} failed (${signal ?? `exit code ${code}`})${where}`
          )
        )
      }
    })
  })
}

/**
 * Runs the module, link and search migrations (`medusa db:migrate`). Link tables of removed
 * links are kept (`--execute-safe-links`), so it never stops at a prompt.
 * @param {string} databaseUrl @param {RunOptions} [options]
 */
async function migrate(databaseUrl, { cwd = ROOT, env = {}, logFile } = {}) {
  await runMedusa(["db:migrate", "--execute-safe-links"], {
    cwd,
    env: { ...env, DATABASE_URL: databaseUrl },
    logFile,
  })
}

/** @param {string} databaseUrl @param {string} sql @param {unknown[]} params */
async function queryUrl(databaseUrl, sql, params) {
  const client = new Client({
    connectionString: databaseUrl,
    connectionTimeoutMillis: 5000,
  })
  client.on("error", () => {})
  await client.connect()
  try {
    return await client.query(sql, params)
  } finally {
    await client.end().catch(() => {})
  }
}

/** @param {string} databaseUrl @param {string} email */
async function findUser(databaseUrl, email) {
  const { rows } = await queryUrl(
    databaseUrl,
    `select u.id,
            exists(select 1 from provider_identity p
                   where p.entity_id = u.email and p.provider = 'emailpass' and p.deleted_at is null) as has_password
       from "user" u where u.email = $1 and u.deleted_at is null`,
    [email.toLowerCase()]
  )
  return rows[0]
}

/**
 * Creates an admin user with an email/password login unless one with that email exists.
 * Run it after `migrate`. The password of an existing user is left as it is.
 * @param {string} databaseUrl @param {string} email @param {string} password @param {RunOptions} [options]
 * @returns {Promise<{ id: string, created: boolean, hasPassword: boolean }>}
 */
async function ensureAdminUser(
  databaseUrl,
  email,
  password,
  { cwd = ROOT, env = {}, logFile } = {}
) {
  const existing = await findUser(databaseUrl, email)
  if (existing) {
    return {
      id: existing.id,
      created: false,
      hasPassword: existing.has_password,
    }
  }
  await runMedusa(["user", "-e", email, "-p", password], {
    cwd,
    env: { ...env, DATABASE_URL: databaseUrl },
    logFile,
  })
  const created = await findUser(databaseUrl, email)
  if (!created) {
    throw new Error(`medusa user finished but no user ${email} exists`)
  }
  return { id: created.id, created: true, hasPassword: created.has_password }
}

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Fetch with a timeout. @param {string} url @param {RequestInit & { timeoutMs?: number }} [init]
 */
async function fetchWithTimeout(url, { timeoutMs = 10_000, ...init } = {}) {
  return fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) })
}

/**
 * Waits until GET <url>/health answers 200.
 * @param {string} url @param {{ timeoutMs?: number, isAlive?: () => boolean }} [options]
 */
async function waitForHealth(
  url,
  { timeoutMs = 180_000, isAlive = () => true } = {}
) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (!isAlive()) {
      throw new Error("the server exited before it answered /health")
    }
    try {
      const res = await fetchWithTimeout(`${url}/health`, { timeoutMs: 2000 })
      if (res.ok) {
        return
      }
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) {
      throw new Error(
        `${url}/health did not answer 200 within ${Math.round(timeoutMs / 1000)} s`
      )
    }
    await sleep(500)
  }
}

/** @type {Set<import("node:child_process").ChildProcess>} */
const liveServers = new Set()
process.on("exit", () => {
  // last resort when the caller forgot stop() or crashed: never leave a server behind
  for (const child of liveServers) {
    try {
      if (child.pid) {
        process.kill(-child.pid, "SIGKILL")
      }
    } catch {
      // already gone
    }
  }
})

/**
 * Starts `medusa start` and waits for /health.
 *
 * NODE_ENV defaults to "development", so the admin is served at /app through Vite's dev
 * middleware (no `medusa build` needed). The server runs in its own process group: a Ctrl-C in
 * the terminal reaches the caller only, which then calls stop().
 *
 * @param {RunOptions & {
 *   port?: number,
 *   databaseUrl: string,
 *   timeoutMs?: number,
 * }} options
 *   port: default PORT or 9000; a busy port moves on to the next free one.
 * @returns {Promise<{ url: string, port: number, pid: number, stop: () => Promise<void>, exited: Promise<number | null> }>}
 */
async function startMedusa({
  port,
  databaseUrl,
  env = {},
  cwd = ROOT,
  logFile,
  timeoutMs = 180_000,
}) {
  const wanted = port ?? Number(process.env.PORT || 9000)
  const chosen = (await isPortFree(wanted))
    ? wanted
    : await findFreePort(wanted + 1)
  const url = `http://localhost:${chosen}`
  const [cmd, ...pre] = medusaCommand(cwd)
  const out = logFile ? fs.openSync(logFile, "a") : undefined
  const child = spawn(cmd, [...pre, "start"], {
    cwd,
    detached: true,
    stdio: ["ignore", out ?? "inherit", out ?? "inherit"],
    env: medusaEnv(
      {
        NODE_ENV: "development",
        MEDUSA_BACKEND_URL: url,
        ...env,
        PORT: String(chosen),
        DATABASE_URL: databaseUrl,
      },
      { JWT_SECRET: "supersecret", COOKIE_SECRET: "supersecret" }
    ),
  })
  if (out !== undefined) {
    fs.closeSync(out)
  }
  liveServers.add(child)
  const exited = new Promise((resolve) => {
    child.on("exit", (code) => {
      liveServers.delete(child)
      resolve(code)
    })
  })
  let alive = true
  void exited.then(() => {
    alive = false
  })

  const stop = async () => {
    if (!alive || !child.pid) {
      return
    }
    const pid = child.pid
    /** @param {NodeJS.Signals} signal */
    const signalGroup = (signal) => {
      try {
        process.kill(-pid, signal)
      } catch {
        // already gone
      }
    }
    signalGroup("SIGTERM")
    const killed = await Promise.race([
      exited.then(() => true),
      sleep(15_000).then(() => false),
    ])
    if (!killed) {
      signalGroup("SIGKILL")
      await exited
    }
    // children that outlived the group leader (e.g. a Vite worker)
    signalGroup("SIGKILL")
  }

  try {
    await waitForHealth(url, { timeoutMs, isAlive: () => alive })
  } catch (error) {
    await stop()
    const where = logFile
      ? `\n--- ${logFile} (last lines) ---\n${tail(logFile)}`
      : ""
    throw new Error(
      `medusa start failed: ${error instanceof Error ? error.message : error}${where}`
    )
  }
  return {
    url,
    port: chosen,
    pid: /** @type {number} */ (child.pid),
    stop,
    exited,
  }
}

/**
 * Loads the admin dashboard the way a browser would (the page, then every module it imports,
 * statically or lazily), so Vite's first compile happens now rather than in the first visitor's
 * browser. Vite answers 504 while it re-optimises dependencies it has just discovered; a browser
 * then reloads, and so does this (up to 5 times). Returns how many modules were fetched.
 * @param {string} url @param {{ path?: string, timeoutMs?: number, maxModules?: number }} [options]
 */
async function warmAdmin(
  url,
  { path: adminPath = "/app", timeoutMs = 300_000, maxModules = 3000 } = {}
) {
  const deadline = Date.now() + timeoutMs
  const importPattern =
    /(?:\bfrom\s*|\bimport\s*\(?\s*|\bsrc=)["'](\/[^"'\s]+)["']/g
  /** @param {string} text */
  const importsOf = (text) =>
    [...text.matchAll(importPattern)]
      .map((m) => m[1])
      .filter(
        (p) =>
          p.startsWith(`${adminPath}/`) &&
          !p.endsWith("/@vite/client") &&
          !p.endsWith("/@react-refresh")
      )

  /** @param {string} target */
  const get = async (target) => {
    const left = deadline - Date.now()
    if (left <= 0) {
      throw new Error(
        `warming the admin took longer than ${Math.round(timeoutMs / 1000)} s`
      )
    }
    const res = await fetchWithTimeout(`${url}${target}`, { timeoutMs: left })
    const body = await res.text()
    return {
      status: res.status,
      body,
      type: res.headers.get("content-type") ?? "",
    }
  }

  const crawl = async () => {
    const page = await get(`${adminPath}/`)
    if (page.status !== 200) {
      throw new Error(`GET ${adminPath}/ answered ${page.status}`)
    }
    const seen = new Set()
    let queue = importsOf(page.body)
    let stale = false
    while (queue.length && !stale) {
      const batch = queue
        .filter((p) => !seen.has(p))
        .slice(0, Math.max(0, maxModules - seen.size))
      batch.forEach((p) => seen.add(p))
      queue = []
      // a handful at a time, like a browser
      for (let i = 0; i < batch.length && !stale; i += 8) {
        const results = await Promise.all(
          batch.slice(i, i + 8).map(async (p) => ({ p, ...(await get(p)) }))
        )
        for (const { p, status, body, type } of results) {
          if (
            status === 504 ||
            (status === 404 && p.includes("/.vite/deps/"))
          ) {
            // "Outdated Optimize Dep": Vite re-bundled its dependencies (Vite 5, which older
            // Medusa admins run, answers 404 for a chunk of the previous bundle instead)
            stale = true
          } else if (status !== 200) {
            throw new Error(`GET ${p} answered ${status}`)
          } else if (/javascript|typescript/.test(type)) {
            queue.push(...importsOf(body))
          }
        }
      }
    }
    return { fetched: seen.size, stale }
  }

  for (let attempt = 1; ; attempt++) {
    const { fetched, stale } = await crawl()
    if (!stale) {
      return fetched
    }
    if (attempt >= 5) {
      throw new Error("the admin kept re-optimising its dependencies")
    }
    await sleep(1000)
  }
}

/**
 * Logs in an admin user with email and password; returns the bearer token.
 * @param {string} url @param {string} email @param {string} password
 */
async function login(url, email, password) {
  const res = await fetchWithTimeout(`${url}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  })
  const body = await res.json().catch(() => ({}))
  if (!res.ok || typeof body.token !== "string") {
    throw new Error(
      `POST /auth/user/emailpass answered ${res.status}: ${JSON.stringify(body)}`
    )
  }
  return /** @type {string} */ (body.token)
}

module.exports = {
  ROOT,
  medusaCommand,
  runMedusa,
  migrate,
  ensureAdminUser,
  startMedusa,
  waitForHealth,
  warmAdmin,
  login,
  fetchWithTimeout,
}
