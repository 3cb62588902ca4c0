#!/usr/bin/env node
// @ts-check
/**
 * Proves the published package works on its own: builds and packs the plugin, installs the
 * tarball into a brand-new Medusa app in a temporary folder (nothing else from this repository
 * goes there), migrates a fresh database, creates an admin user, boots the app and uses the
 * plugin's admin API. Cleans up (server, database, folder) whatever happens.
 *
 * It does so twice: on the oldest and on the newest stable Medusa that the registry serves
 * within the plugin's peer range (`npm view @medusajs/medusa versions`), each with the
 * @medusajs/ui its dashboard was released with. The packed storefront package,
 * medusa-helpdesk-widget, is checked on the way (scripts/lib/widget-package.js).
 *
 *   node scripts/check-package.js
 *   node scripts/check-package.js --medusa 2.21.2     one version only (or: oldest, newest)
 *
 * Environment:
 *   HELPDESK_PACKAGE_CHECK_ADMIN=0   skip loading the admin dashboard with the plugin's extensions
 *   HELPDESK_PACKAGE_CHECK_KEEP=1    keep the temporary folder and database for inspection
 *   HELPDESK_PACKAGE_CHECK_REDIS_URL=redis://localhost:6379
 *                                    configure the app as the README's production set-up (Redis
 *                                    event bus, workflow engine, locking, socket.io adapter)
 * The full log goes to .data/check-package.log.
 */
const fs = require("node:fs")
const os = require("node:os")
const path = require("node:path")
const { spawn } = require("node:child_process")
const { ensurePostgres, findFreePort } = require("./lib/postgres")
const {
  ROOT,
  migrate,
  ensureAdminUser,
  startMedusa,
  warmAdmin,
  login,
  fetchWithTimeout,
} = require("./lib/app")
const { packWidget, checkWidgetPackage } = require("./lib/widget-package")

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"))
const LOG = path.join(ROOT, ".data", "check-package.log")
const CHECK_ADMIN = process.env.HELPDESK_PACKAGE_CHECK_ADMIN !== "0"
const KEEP = process.env.HELPDESK_PACKAGE_CHECK_KEEP === "1"
// the production set-up of the README: Redis event bus, workflow engine, locking and socket.io adapter
const REDIS_URL = process.env.HELPDESK_PACKAGE_CHECK_REDIS_URL || ""
const EMAIL = "package-check@example.com"
const PASSWORD = "package-check-secret"

/** Files the tarball must hold. */
const REQUIRED_FILES = [
  "package/package.json",
  "package/.medusa/server/src/modules/helpdesk/index.js",
  "package/.medusa/server/src/modules/helpdesk/service.js",
  "package/.medusa/server/src/admin/index.mjs",
  "package/.medusa/server/src/admin/index.js",
  "package/.medusa/server/src/api/middlewares.js",
  "package/.medusa/server/src/api/admin/helpdesk/channels/route.js",
  "package/.medusa/server/storefront-snippet/dist/loader.js",
  "package/.medusa/server/storefront-snippet/dist/chat.js",
  "package/.medusa/server/storefront-snippet/dist/loader.js.br",
  "package/.medusa/server/storefront-snippet/dist/loader.js.gz",
  "package/.medusa/server/storefront-snippet/dist/chat.js.br",
  "package/.medusa/server/storefront-snippet/dist/chat.js.gz",
  "package/.medusa/server/storefront-snippet/dist/manifest.json",
]
/** Paths the tarball must not hold. */
const FORBIDDEN = [
  { pattern: /\/__tests__\//, why: "test files" },
  {
    pattern: /medusa-plugin-options\.json$/,
    why: "plugin:develop's local source pointer",
  },
  {
    pattern: /^package\/(src|integration-tests|scripts|\.data)\//,
    why: "sources outside .medusa/server",
  },
  { pattern: /\.env(\.|$)/, why: "environment files" },
  {
    pattern: /\/storefront\.(mjs|cjs|d\.mts|d\.cts)$/,
    why: "the ESM entry, which is its own package (medusa-helpdesk-widget)",
  },
]

/** @param {number} ms */
const fmt = (ms) => `${(ms / 1000).toFixed(1)} s`

/** @param {string} text */
function logLine(text) {
  fs.appendFileSync(LOG, `${text}\n`)
}

let stepNo = 0
/**
 * @template T
 * @param {string} label @param {() => Promise<T> | T} fn
 * @returns {Promise<T>}
 */
async function step(label, fn) {
  const n = ++stepNo
  const t = Date.now()
  logLine(`\n=== ${n}. ${label}`)
  process.stdout.write(`[package] ${String(n).padStart(2)}. ${label} … `)
  try {
    const result = await fn()
    const note = typeof result === "string" && result ? ` (${result})` : ""
    process.stdout.write(`ok${note}, ${fmt(Date.now() - t)}\n`)
    return result
  } catch (error) {
    process.stdout.write(`FAILED after ${fmt(Date.now() - t)}\n`)
    throw error
  }
}

/**
 * Runs a command with its output going to the log. Resolves with stdout.
 * @param {string} cmd @param {string[]} args @param {{ cwd?: string, env?: Record<string, string> }} [options]
 * @returns {Promise<string>}
 */
function sh(cmd, args, { cwd = ROOT, env = {} } = {}) {
  logLine(`$ ${cmd} ${args.join(" ")}   (in ${cwd})`)
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    })
    let stdout = ""
    child.stdout.on("data", (chunk) => {
      stdout += chunk
      fs.appendFileSync(LOG, chunk)
    })
    child.stderr.on("data", (chunk) => fs.appendFileSync(LOG, chunk))
    child.on("error", reject)
    child.on("close", (code) =>
      code === 0
        ? resolve(stdout)
        : reject(new Error(`${cmd} ${args.join(" ")} exited with code ${code}`))
    )
  })
}

/**
 * @param {string} url @param {string} token @param {string} route @param {unknown} [body]
 * @returns {Promise<{ status: number, body: any }>}
 */
async function api(url, token, route, body) {
  const res = await fetchWithTimeout(`${url}${route}`, {
    method: body === undefined ? "GET" : "POST",
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await res.text()
  let parsed
  try {
    parsed = JSON.parse(text)
  } catch {
    parsed = text
  }
  logLine(
    `${body === undefined ? "GET" : "POST"} ${route} → ${res.status} ${text.slice(0, 2000)}`
  )
  return { status: res.status, body: parsed }
}

/** @param {boolean} condition @param {string} message @returns {asserts condition} */
function expect(condition, message) {
  if (!condition) {
    throw new Error(message)
  }
}

/** The Medusa packages that move together, at one version, in an app. */
const MEDUSA_PACKAGES = [
  "@medusajs/medusa",
  "@medusajs/framework",
  "@medusajs/cli",
  "@medusajs/admin-sdk",
  "@medusajs/icons",
]

/** @param {string} v @returns {number[]} */
const parts = (v) => v.split(".").map(Number)
/** @param {string} a @param {string} b */
const compareVersions = (a, b) => {
  const [x, y] = [parts(a), parts(b)]
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2]
}

/**
 * The oldest and the newest stable @medusajs/medusa the registry serves within the peer range
 * ">=A.B.C <D.0.0" of package.json, or the one `--medusa` names.
 * @returns {Promise<string[]>}
 */
async function medusaVersionsToCheck() {
  const range = String(pkg.peerDependencies?.["@medusajs/medusa"] ?? "")
  const match = /^>=(\d+\.\d+\.\d+) <(\d+)\.0\.0$/.exec(range)
  expect(
    !!match,
    `the peer range of @medusajs/medusa is "${range}", expected ">=A.B.C <D.0.0"`
  )
  const [, floor, major] = /** @type {RegExpExecArray} */ (match)
  const out = await sh("npm", [
    "view",
    "@medusajs/medusa",
    "versions",
    "--json",
  ])
  /** @type {string[]} */
  const all = JSON.parse(out)
  const inRange = all
    .filter((v) => /^\d+\.\d+\.\d+$/.test(v))
    .filter(
      (v) => compareVersions(v, floor) >= 0 && parts(v)[0] < Number(major)
    )
    .sort(compareVersions)
  expect(
    inRange.length > 0,
    `the registry serves no @medusajs/medusa in ${range}`
  )
  const asked = process.argv[process.argv.indexOf("--medusa") + 1]
  if (process.argv.includes("--medusa")) {
    const one =
      asked === "oldest"
        ? inRange[0]
        : asked === "newest"
          ? inRange.at(-1)
          : asked
    expect(
      !!one && inRange.includes(one),
      `--medusa ${asked}: not a stable version in ${range}`
    )
    return [/** @type {string} */ (one)]
  }
  return [...new Set([inRange[0], /** @type {string} */ (inRange.at(-1))])]
}

/**
 * The @medusajs/ui that Medusa's dashboard of this version was released with.
 * @param {string} medusaVersion
 */
async function dashboardUiVersion(medusaVersion) {
  const out = await sh("npm", [
    "view",
    `@medusajs/dashboard@${medusaVersion}`,
    "dependencies",
    "--json",
  ])
  const ui = JSON.parse(out)["@medusajs/ui"]
  expect(
    typeof ui === "string",
    `@medusajs/dashboard@${medusaVersion} names no @medusajs/ui`
  )
  return /** @type {string} */ (ui)
}

async function main() {
  fs.mkdirSync(path.dirname(LOG), { recursive: true })
  fs.writeFileSync(LOG, `check-package ${new Date().toISOString()}\n`)
  const started = Date.now()
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "medusa-helpdesk-package-"))
  const packDir = path.join(tmp, "pack")
  fs.mkdirSync(packDir)
  console.log(
    `[package] temporary apps in ${tmp}, log in ${path.relative(ROOT, LOG)}`
  )

  /** @type {import("./lib/postgres").PostgresHandle | undefined} */
  let pg
  /** @type {Awaited<ReturnType<typeof startMedusa>> | undefined} */
  let server
  /** @type {string[]} */
  const databases = []
  let failed = false

  const onSignal = () => {
    failed = true
    void cleanup().then(() => process.exit(130))
  }
  process.on("SIGINT", onSignal)
  process.on("SIGTERM", onSignal)

  let cleaned = false
  async function cleanup() {
    if (cleaned) {
      return
    }
    cleaned = true
    const t = Date.now()
    const done = []
    if (server) {
      await server
        .stop()
        .catch((error) => logLine(`stopping the server: ${error}`))
      done.push("server stopped")
    }
    for (const dbName of pg && !KEEP ? databases : []) {
      await pg
        ?.dropDatabase(dbName)
        .catch((error) => logLine(`dropping ${dbName}: ${error}`))
      done.push(`database ${dbName} dropped`)
    }
    if (pg) {
      await pg.stop().catch((error) => logLine(`stopping PostgreSQL: ${error}`))
    }
    if (!KEEP) {
      if (process.platform === "win32") {
        fs.rmSync(tmp, { recursive: true, force: true })
        done.push("temporary folder removed")
      } else {
        // the app's node_modules is large and slow to delete: let rm finish on its own
        spawn("rm", ["-rf", tmp], { detached: true, stdio: "ignore" }).unref()
        done.push("temporary folder being removed in the background")
      }
    } else {
      done.push(`kept ${tmp} and databases ${databases.join(", ")}`)
    }
    console.log(
      `[package] cleanup: ${done.join(", ")} (${fmt(Date.now() - t)})`
    )
  }

  /** @type {string[]} */
  const timings = []
  try {
    await step("npm run build (widget + medusa plugin:build)", () =>
      sh(process.execPath, [path.join(ROOT, "scripts", "build.js")]).then(
        () => ""
      )
    )

    let tarball = ""
    await step("npm pack", async () => {
      const out = await sh("npm", [
        "pack",
        "--json",
        "--pack-destination",
        packDir,
      ])
      const [info] = JSON.parse(out.slice(out.indexOf("[")))
      tarball = path.join(packDir, info.filename)
      return info.filename
    })

    await step("tarball contents", async () => {
      const listing = (await sh("tar", ["-tzf", tarball]))
        .split("\n")
        .filter(Boolean)
      const missing = REQUIRED_FILES.filter((f) => !listing.includes(f))
      expect(!missing.length, `the tarball lacks ${missing.join(", ")}`)
      const bad = listing.flatMap((f) =>
        FORBIDDEN.filter((rule) => rule.pattern.test(f)).map(
          (rule) => `${f} (${rule.why})`
        )
      )
      expect(
        !bad.length,
        `the tarball must not contain ${bad.slice(0, 10).join(", ")}`
      )
      const migrations = listing.filter((f) =>
        /\.medusa\/server\/src\/modules\/helpdesk\/migrations\/Migration\w+\.js$/.test(
          f
        )
      )
      expect(migrations.length > 0, "the tarball holds no helpdesk migrations")
      return `${listing.length} files, ${migrations.length} migrations, ${Math.round(fs.statSync(tarball).size / 1024)} kB`
    })

    await step(
      "medusa-helpdesk-widget: npm pack, contents, tsc (node, node16, bundler), node",
      async () => {
        const { tarball: widget, size } = await packWidget(packDir)
        const summary = await checkWidgetPackage(
          widget,
          path.join(tmp, "widget")
        )
        return `${Math.round(size / 100) / 10} kB, ${summary}`
      }
    )

    const versions = await step("Medusa versions to check", () =>
      medusaVersionsToCheck()
    )
    for (const [n, medusaVersion] of versions.entries()) {
      console.log(`[package] --- Medusa ${medusaVersion} ---`)
      const appStarted = Date.now()
      const appDir = path.join(tmp, `app-${medusaVersion}`)
      fs.mkdirSync(appDir)
      const dbName = `helpdesk_package_check_${Date.now()}_${n}`
      const uiVersion = await dashboardUiVersion(medusaVersion)
      const port = await findFreePort(9100)
      const backendUrl = `http://localhost:${port}`

      await step(
        `write the app on Medusa ${medusaVersion}, @medusajs/ui ${uiVersion}`,
        () => {
          const pluginOptions = {
            backendUrl,
            ...(REDIS_URL ? { redisUrl: REDIS_URL } : {}),
          }
          const dev = pkg.devDependencies ?? {}
          /** @param {string} name */
          const version = (name) => {
            if (MEDUSA_PACKAGES.includes(name)) {
              return medusaVersion
            }
            if (name === "@medusajs/ui") {
              return uiVersion
            }
            const v = dev[name] ?? pkg.peerDependencies?.[name]
            expect(!!v, `package.json names no version of ${name}`)
            return v
          }
          // what a Medusa app made by create-medusa-app has, plus the plugin's peers
          const deps = Object.fromEntries(
            [
              "@medusajs/medusa",
              "@medusajs/framework",
              "@medusajs/cli",
              "@medusajs/admin-sdk",
              "@medusajs/icons",
              "@medusajs/ui",
              "typescript",
              "ts-node",
            ].map((name) => [name, version(name)])
          )
          if (CHECK_ADMIN) {
            // vite only where it is ours: an older Medusa's admin bundler brings the vite it takes
            const own = medusaVersion === dev["@medusajs/medusa"]
            for (const name of own
              ? ["react", "react-dom", "vite"]
              : ["react", "react-dom"]) {
              deps[name] = version(name)
            }
          }
          deps[pkg.name] = `file:${path.relative(appDir, tarball)}`
          fs.writeFileSync(
            path.join(appDir, "package.json"),
            `${JSON.stringify({ name: "helpdesk-package-check-app", private: true, version: "0.0.0", dependencies: deps }, null, 2)}\n`
          )
          fs.writeFileSync(
            path.join(appDir, "medusa-config.js"),
            `const { defineConfig } = require("@medusajs/framework/utils")

  module.exports = defineConfig({
    projectConfig: {
      databaseUrl: process.env.DATABASE_URL,${
        REDIS_URL
          ? `
      redisUrl: ${JSON.stringify(REDIS_URL)},`
          : ""
      }
      http: {
        storeCors: "http://localhost:8000",
        adminCors: ${JSON.stringify(backendUrl)},
        authCors: ${JSON.stringify(backendUrl)},
        jwtSecret: "package-check-jwt",
        cookieSecret: "package-check-cookie",
      },
    },
    admin: { disable: ${!CHECK_ADMIN} },
    plugins: [{ resolve: ${JSON.stringify(pkg.name)}, options: ${JSON.stringify(pluginOptions)} }],${
      REDIS_URL
        ? `
    modules: [
      { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl: ${JSON.stringify(REDIS_URL)} } },
      { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { redisUrl: ${JSON.stringify(REDIS_URL)} } } },
      {
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            { id: "locking-redis", resolve: "@medusajs/medusa/locking-redis", is_default: true, options: { redisUrl: ${JSON.stringify(REDIS_URL)} } },
          ],
        },
      },
    ],`
        : ""
    }
  })
  `
          )
          return `admin ${CHECK_ADMIN ? "enabled" : "disabled"}${REDIS_URL ? ", Redis event bus, workflow engine and locking" : ""}`
        }
      )

      await step("npm install in the app (--prefer-offline)", () =>
        sh("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund"], {
          cwd: appDir,
        }).then(() => "")
      )

      pg ??= await step("PostgreSQL", async () => {
        const handle = await ensurePostgres({ probe: true, log: logLine })
        pg = handle
        return handle
      })
      await step(`create database ${dbName}`, async () => {
        await /** @type {NonNullable<typeof pg>} */ (pg).createDatabase(dbName)
        databases.push(dbName)
        return `${pg?.source}, port ${pg?.port}`
      })
      const databaseUrl = pg.url(dbName)
      const db = pg

      await step("npx medusa db:migrate", () =>
        migrate(databaseUrl, { cwd: appDir, logFile: LOG })
      )

      await step("helpdesk tables exist", async () => {
        const { rows } = await db.query(
          "select table_name from information_schema.tables where table_schema = 'public' and table_name like 'helpdesk\\_%' order by 1",
          [],
          dbName
        )
        const tables = rows.map((r) => r.table_name)
        expect(
          tables.includes("helpdesk_channel"),
          `no helpdesk_channel table (found: ${tables.join(", ") || "none"})`
        )
        return `${tables.length} tables`
      })

      await step("npx medusa user", () =>
        ensureAdminUser(databaseUrl, EMAIL, PASSWORD, {
          cwd: appDir,
          logFile: LOG,
        }).then((u) => u.id)
      )

      server = await step("npx medusa start", () =>
        startMedusa({ cwd: appDir, port, databaseUrl, logFile: LOG })
      )
      const url = server.url

      let token = ""
      await step("POST /auth/user/emailpass", async () => {
        token = await login(url, EMAIL, PASSWORD)
        return "token received"
      })

      await step("GET /admin/helpdesk/channels", async () => {
        const { status, body } = await api(
          url,
          token,
          "/admin/helpdesk/channels"
        )
        expect(status === 200, `answered ${status}: ${JSON.stringify(body)}`)
        expect(
          Array.isArray(body?.channels),
          `no channels array in ${JSON.stringify(body)}`
        )
        return `${body.channels.length} channels`
      })

      const channelId = await step(
        "POST /admin/helpdesk/channels",
        async () => {
          const { status, body } = await api(
            url,
            token,
            "/admin/helpdesk/channels",
            {
              name: "Package check",
              store_url: "https://shop.example.com",
            }
          )
          expect(status === 200, `answered ${status}: ${JSON.stringify(body)}`)
          expect(
            typeof body?.channel?.id === "string",
            `no channel.id in ${JSON.stringify(body)}`
          )
          return /** @type {string} */ (body.channel.id)
        }
      )

      await step("GET /admin/helpdesk/channels lists it", async () => {
        const { status, body } = await api(
          url,
          token,
          "/admin/helpdesk/channels"
        )
        expect(status === 200, `answered ${status}`)
        expect(
          body.channels.some(
            (/** @type {{ id: string }} */ c) => c.id === channelId
          ),
          `${channelId} is not in ${JSON.stringify(body.channels)}`
        )
        return ""
      })

      await step("GET /helpdesk/widget/loader.js and chat.js", async () => {
        const sizes = []
        for (const file of ["loader.js", "chat.js"]) {
          const res = await fetchWithTimeout(`${url}/helpdesk/widget/${file}`)
          const body = await res.text()
          expect(
            res.status === 200,
            `${file} answered ${res.status}: ${body.slice(0, 300)}`
          )
          expect(
            /javascript/.test(res.headers.get("content-type") ?? ""),
            `${file} is served as ${res.headers.get("content-type")}`
          )
          sizes.push(`${file} ${body.length} B`)
        }
        return sizes.join(", ")
      })

      if (CHECK_ADMIN) {
        await step(
          "admin dashboard loads the plugin's extensions",
          async () => {
            const entry = await fetchWithTimeout(`${url}/app/entry.jsx`, {
              timeoutMs: 120_000,
            }).then((r) => r.text())
            expect(
              entry.includes(`${pkg.name}_admin`) ||
                entry.includes(`${pkg.name}/admin`),
              `the admin entry does not import ${pkg.name}/admin`
            )
            const modules = await warmAdmin(url)
            return `${modules} modules`
          }
        )
      }
      await server?.stop()
      server = undefined
      timings.push(`Medusa ${medusaVersion} ${fmt(Date.now() - appStarted)}`)
    }

    console.log(
      `[package] passed in ${fmt(Date.now() - started)} (${timings.join(", ")})`
    )
  } catch (error) {
    failed = true
    console.error(`[package] ${error instanceof Error ? error.message : error}`)
    console.error(`[package] full log: ${LOG}`)
  } finally {
    await cleanup()
  }
  process.exit(failed ? 1 : 0)
}

void main()
