#!/usr/bin/env node
// @ts-check
/**
 * `npm run demo`: a running helpdesk with an admin user and a chat channel, on a fresh machine.
 *
 *   1. PostgreSQL: DATABASE_URL when set, otherwise an embedded PostgreSQL with its data in
 *      .data/postgres (database "medusa_helpdesk_demo"), reused on the next run.
 *   2. the storefront widget (storefront-snippet/build.mjs), then medusa db:migrate
 *   3. the admin user (HELPDESK_DEMO_EMAIL / HELPDESK_DEMO_PASSWORD, default
 *      admin@example.com / supersecret), unless it exists
 *   4. the demo chat channel (scripts/seed-demo.ts), unless it exists
 *   5. medusa start on PORT (default 9000, or the next free port), admin warmed up
 *   6. a demo storefront (scripts/lib/demo-store.js) on HELPDESK_DEMO_STORE_PORT (default 8000,
 *      or the next free port) with the channel's embed code, fetched from the admin API
 *   7. unless BASELINKER_TOKEN is set, a local BaseLinker double
 *      (integration-tests/fixtures/baselinker-double.js) with orders for the demo shoppers, so
 *      their tickets show BaseLinker orders at once; with the token, the real account is used
 *
 * Ctrl-C stops Medusa, the BaseLinker double, then the embedded PostgreSQL.
 */
const fs = require("node:fs")
const path = require("node:path")
const { spawn } = require("node:child_process")
const { ensurePostgres, findFreePort, isPortFree } = require("./lib/postgres")
const {
  ROOT,
  migrate,
  ensureAdminUser,
  runMedusa,
  startMedusa,
  warmAdmin,
  login,
} = require("./lib/app")
const { startDemoStore } = require("./lib/demo-store")
const {
  startBaselinkerDouble,
  demoOrders,
} = require("../integration-tests/fixtures/baselinker-double")

const EMAIL = process.env.HELPDESK_DEMO_EMAIL || "admin@example.com"
const PASSWORD = process.env.HELPDESK_DEMO_PASSWORD || "supersecret"
const EMBEDDED_DB = "medusa_helpdesk_demo"
const WIDGET_BUILD = path.join(ROOT, "storefront-snippet", "build.mjs")

/** Runs a node script to completion. @param {string} file @returns {Promise<void>} */
function runNode(file) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [file], {
      cwd: ROOT,
      stdio: "inherit",
    })
    child.on("error", reject)
    child.on("close", (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${file} exited with code ${code}`))
    )
  })
}

const started = Date.now()
/** @param {number} since */
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`

/** @param {string} label @param {() => Promise<T>} fn @template T */
async function step(label, fn) {
  const t = Date.now()
  console.log(`[demo] ${label}…`)
  const result = await fn()
  console.log(`[demo] ${label}: done in ${seconds(t)}`)
  return result
}

/** @type {{ stop: () => Promise<void> } | undefined} */
let server
/** @type {{ stop: () => Promise<void> } | undefined} */
let store
/** @type {{ stop: () => Promise<unknown> } | undefined} */
let baselinker
/** @type {{ stop: () => Promise<void>, started: boolean } | undefined} */
let database
let shuttingDown = false

/** @param {number} code */
async function shutdown(code) {
  if (shuttingDown) {
    return
  }
  shuttingDown = true
  if (store) {
    await store.stop().catch((error) => console.error(`[demo] ${error}`))
  }
  if (server) {
    console.log("\n[demo] stopping Medusa…")
    await server.stop().catch((error) => console.error(`[demo] ${error}`))
  }
  if (baselinker) {
    await baselinker.stop().catch((error) => console.error(`[demo] ${error}`))
  }
  if (database) {
    await database.stop().catch((error) => console.error(`[demo] ${error}`))
    if (database.started) {
      console.log("[demo] stopped the embedded PostgreSQL")
    }
  }
  process.exit(code)
}

process.on("SIGINT", () => void shutdown(0))
process.on("SIGTERM", () => void shutdown(0))

async function main() {
  const pg = await step("PostgreSQL", () =>
    ensurePostgres({
      probe: false,
      log: (line) => console.log(`[demo] ${line}`),
    })
  )
  database = pg
  const dbName = pg.source === "DATABASE_URL" ? pg.database : EMBEDDED_DB
  if (!dbName) {
    throw new Error(
      "DATABASE_URL names no database (postgres://user:password@host:port/<database>)"
    )
  }
  if (await pg.ensureDatabase(dbName)) {
    console.log(`[demo] created database "${dbName}"`)
  }
  const databaseUrl = pg.url(dbName)

  const wantedPort = Number(process.env.PORT || 9000)
  const port = (await isPortFree(wantedPort))
    ? wantedPort
    : await findFreePort(wantedPort + 1)
  if (port !== wantedPort) {
    console.log(`[demo] port ${wantedPort} is busy; using ${port}`)
  }
  const backendUrl = `http://localhost:${port}`
  /** @type {Record<string, string>} */
  const env = { MEDUSA_BACKEND_URL: backendUrl }

  let baselinkerNote = "your account (BASELINKER_TOKEN)"
  if (!process.env.BASELINKER_TOKEN) {
    const double = await step("BaseLinker double", () =>
      startBaselinkerDouble({ token: "demo-token", orders: demoOrders() })
    )
    baselinker = double
    env.BASELINKER_TOKEN = double.token
    env.BASELINKER_API_URL = double.url
    baselinkerNote = `local double ${double.url} (set BASELINKER_TOKEN for a real account)`
  }

  const wantedStorePort = Number(process.env.HELPDESK_DEMO_STORE_PORT || 8000)
  let storePort = (await isPortFree(wantedStorePort))
    ? wantedStorePort
    : await findFreePort(wantedStorePort + 1)
  if (storePort === port) {
    storePort = await findFreePort(port + 1)
  }
  const storeUrl = `http://localhost:${storePort}`

  if (fs.existsSync(WIDGET_BUILD)) {
    await step("storefront widget (storefront-snippet/build.mjs)", () =>
      runNode(WIDGET_BUILD)
    )
  }

  await step("migrations (medusa db:migrate)", () =>
    migrate(databaseUrl, { env })
  )

  const user = await step(`admin user ${EMAIL}`, () =>
    ensureAdminUser(databaseUrl, EMAIL, PASSWORD, { env })
  )
  console.log(
    `[demo] admin user ${EMAIL}: ${user.created ? "created" : "already there"}`
  )

  const { stdout } = await step("demo channel (scripts/seed-demo.ts)", () =>
    runMedusa(["exec", "./scripts/seed-demo.ts"], {
      env: {
        ...env,
        DATABASE_URL: databaseUrl,
        HELPDESK_DEMO_EMAIL: EMAIL,
        HELPDESK_DEMO_STORE_URL: storeUrl,
      },
      capture: true,
    })
  )
  const channelId = /^HELPDESK_DEMO_CHANNEL_ID=(\S+)$/m.exec(stdout)?.[1]
  if (!channelId) {
    throw new Error(
      "scripts/seed-demo.ts did not print HELPDESK_DEMO_CHANNEL_ID"
    )
  }

  const app = await step(`Medusa on port ${port}`, () =>
    startMedusa({ port, databaseUrl, env })
  )
  server = app
  void app.exited.then((code) => {
    if (!shuttingDown) {
      console.error(`[demo] Medusa exited unexpectedly (code ${code})`)
      server = undefined
      void shutdown(1)
    }
  })

  const modules = await step("admin dashboard warm-up", () =>
    warmAdmin(app.url)
  )
  console.log(`[demo] admin dashboard: ${modules} modules compiled`)

  let loginNote = "login checked"
  /** @type {string | undefined} */
  let token
  try {
    token = await login(app.url, EMAIL, PASSWORD)
  } catch {
    loginNote = `login FAILED: user ${EMAIL} existed before with another password`
  }

  let storeNote = "embed code from the admin API; the bubble is bottom right"
  if (token) {
    const res = await fetch(
      `${app.url}/admin/helpdesk/channels/${channelId}/embed-code`,
      { headers: { authorization: `Bearer ${token}` } }
    )
    const body = await res.json()
    if (!res.ok || typeof body.embed_code !== "string") {
      throw new Error(
        `GET /admin/helpdesk/channels/${channelId}/embed-code answered ${res.status}: ${JSON.stringify(body)}`
      )
    }
    store = await startDemoStore({
      port: storePort,
      embedCode: body.embed_code,
    })
  } else {
    storeNote = "not started: no admin login to fetch the embed code"
  }

  const where =
    pg.source === "embedded"
      ? `embedded PostgreSQL, ${path.relative(ROOT, pg.dataDir ?? "")}/ (database ${dbName}, port ${pg.port})`
      : `${pg.host}:${pg.port}/${dbName} (DATABASE_URL)`
  const lines = [
    `Helpdesk demo is ready (${seconds(started)})`,
    "",
    `Admin:       ${app.url}/app`,
    `Email:       ${EMAIL}`,
    `Password:    ${PASSWORD}   (${loginNote})`,
    `Inbox:       ${app.url}/app/helpdesk`,
    `Storefront:  ${store ? storeUrl : "-"}   (${storeNote})`,
    `Channel id:  ${channelId}   (Settings → Helpdesk → Chat channels)`,
    `BaseLinker:  ${baselinkerNote}`,
    `Backend:     ${app.url}`,
    `Data:        ${where}`,
    "",
    "Press Ctrl-C to stop.",
  ]
  const width = Math.max(...lines.map((l) => l.length))
  console.log(
    [
      "",
      `┌${"─".repeat(width + 2)}┐`,
      ...lines.map((l) => `│ ${l.padEnd(width)} │`),
      `└${"─".repeat(width + 2)}┘`,
      "",
    ].join("\n")
  )
}

main().catch(async (error) => {
  console.error(
    `\n[demo] failed: ${error instanceof Error ? error.message : error}`
  )
  await shutdown(1)
})
