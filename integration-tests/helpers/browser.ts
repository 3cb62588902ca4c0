import fs from "node:fs"
import http from "node:http"
import type { AddressInfo } from "node:net"
import path from "node:path"
import { spawnSync } from "node:child_process"
import {
  chromium,
  type Browser,
  type BrowserContextOptions,
  type Page,
} from "playwright-core"

import {
  ensureAdminUser,
  login,
  migrate,
  startMedusa,
  warmAdmin,
} from "../../scripts/lib/app"
import { ensurePostgres } from "../../scripts/lib/postgres"

type PostgresHandle = Awaited<ReturnType<typeof ensurePostgres>>
type MedusaApp = Awaited<ReturnType<typeof startMedusa>>

const ROOT = path.resolve(__dirname, "..", "..")
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium"

const ALL_DAY = [{ from: "00:00", to: "24:00" }]
/** Opening hours of a channel that is never closed. */
export const OPEN_ALWAYS = {
  mon: ALL_DAY,
  tue: ALL_DAY,
  wed: ALL_DAY,
  thu: ALL_DAY,
  fri: ALL_DAY,
  sat: ALL_DAY,
  sun: ALL_DAY,
}

export type Store = {
  url: string
  /** What every page of the store carries from now on. */
  setEmbed: (code: string) => void
  close: () => void
}

export type StoreOptions = { css?: string; showPath?: boolean }

/**
 * The store: another origin than the backend (127.0.0.1 vs localhost), every path answered with
 * the same page carrying the embed code.
 *   css: a style sheet for the page, e.g. one that would wreck a widget living in the page.
 *   showPath: the heading names the path asked for, so a screenshot says which page it is.
 */
function startStore({
  css,
  showPath = false,
}: StoreOptions = {}): Promise<Store> {
  let embed = ""
  const server = http.createServer((req, res) => {
    const heading = showPath
      ? `Store page ${req.url?.replace(/[^\w/-]/g, "")}`
      : "Store"
    const style = css ? `\n    <style>${css}</style>` : ""
    res.setHeader("Content-Type", "text/html; charset=utf-8")
    res.end(`<!doctype html>
<html lang="en">
  <head>
    <title>Store</title>${style}
  </head>
  <body>
    <h1>${heading}</h1>
    ${embed}
  </body>
</html>`)
  })
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo
      resolve({
        url: `http://127.0.0.1:${port}`,
        setEmbed: (code) => (embed = code),
        close: () => server.close(),
      })
    })
  })
}

/** Builds the widget bundle the backend serves at /helpdesk/widget. */
function buildWidget() {
  const build = spawnSync(
    process.execPath,
    [path.join(ROOT, "storefront-snippet", "build.mjs")],
    { cwd: ROOT, encoding: "utf8" }
  )
  if (build.status !== 0) {
    throw new Error(`storefront-snippet/build.mjs failed:\n${build.stderr}`)
  }
}

export type BrowserSuiteOptions = {
  /** Names the folder under test-artifacts/ that gets the screenshots and medusa.log. */
  name: string
  /** Start of the name of the database made for the suite (and dropped after it). */
  database: string
  port: number
  /** The admin user made in the new database. */
  email: string
  password: string
  /**
   * Serve Medusa Admin, compiled ahead of the first visit (the default), or start the backend
   * without it when only the store is driven.
   */
  serveAdmin?: boolean
  /** Build the storefront widget first, so the backend serves the current code. */
  buildWidget?: boolean
  /**
   * Awaited just before Medusa starts; what it returns is added to Medusa's environment, e.g.
   * a BaseLinker double started here and the URL Medusa should call it on.
   */
  serverEnv?: () => Promise<Record<string, string>>
}

export type PageOptions = BrowserContextOptions & {
  /** How long a locator waits by default. */
  timeout: number
  /** Granted to the backend's origin, e.g. `["clipboard-read"]`. */
  backendPermissions?: string[]
  /** An exception thrown in the page fails the test that was running. */
  reportErrors?: boolean
}

type AdminApiResponse<T> = { status: number; body: T }

/**
 * Registers the hooks of a browser spec: a database of its own, migrated, with an admin user;
 * Medusa on `port`; Chromium; and after all tests, all of it gone again. What it started is
 * there from the spec's own `beforeAll` on.
 */
export function setUpBrowserSuite(options: BrowserSuiteOptions) {
  const { email, password, serveAdmin = true } = options
  const artifacts = path.join(ROOT, "test-artifacts", options.name)
  const logFile = path.join(artifacts, "medusa.log")

  let pg: PostgresHandle | undefined
  let dbName = ""
  let app: MedusaApp | undefined
  let adminId: string | undefined
  let browser: Browser | undefined
  let token: Promise<string> | undefined
  const stores: Store[] = []
  const pageErrors: string[] = []

  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) {
      throw new Error(`${what} is not started yet: use it from beforeAll on`)
    }
    return value
  }

  beforeAll(async () => {
    fs.mkdirSync(artifacts, { recursive: true })
    fs.writeFileSync(logFile, "")
    if (options.buildWidget) {
      buildWidget()
    }

    pg = await ensurePostgres({ probe: true, log: () => {} })
    dbName = `${options.database}_${process.pid}_${Date.now()}`
    await pg.createDatabase(dbName)
    const databaseUrl = pg.url(dbName)
    await migrate(databaseUrl, { logFile })
    adminId = (await ensureAdminUser(databaseUrl, email, password, { logFile }))
      .id
    app = await startMedusa({
      port: options.port,
      databaseUrl,
      logFile,
      env: {
        ...(await options.serverEnv?.()),
        ...(serveAdmin ? {} : { DISABLE_MEDUSA_ADMIN: "true" }),
      },
    })
    if (serveAdmin) {
      await warmAdmin(app.url)
    }

    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
      ],
    })
  })

  // An exception in the admin usually explains a locator timeout; say it.
  afterEach(() => {
    const thrown = pageErrors.splice(0)
    if (thrown.length > 0) {
      throw new Error(
        `The admin threw in the browser:\n${[...new Set(thrown)].join("\n")}`
      )
    }
  })

  afterAll(async () => {
    await browser?.close()
    stores.forEach((store) => store.close())
    await app?.stop()
    if (pg) {
      await pg.dropDatabase(dbName).catch(() => {})
      await pg.stop()
    }
  })

  /** The backend's admin API with a bearer token of the admin user (logged in on first use). */
  const api = async <T = Record<string, unknown>>(
    method: "GET" | "POST",
    route: string,
    body?: unknown
  ): Promise<AdminApiResponse<T>> => {
    const url = started(app, "Medusa").url
    token ??= login(url, email, password)
    const res = await fetch(`${url}${route}`, {
      method,
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${await token}`,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    return {
      status: res.status,
      body: (await res.json().catch(() => ({}))) as T,
    }
  }

  return {
    get url() {
      return started(app, "Medusa").url
    },
    get adminId() {
      return started(adminId, "Medusa")
    },
    get browser() {
      return started(browser, "Chromium")
    },

    /** A page in a browser context of its own. */
    newPage: async ({
      timeout,
      backendPermissions,
      reportErrors,
      ...contextOptions
    }: PageOptions) => {
      const context = await started(browser, "Chromium").newContext(
        contextOptions
      )
      if (backendPermissions) {
        await context.grantPermissions(backendPermissions, {
          origin: started(app, "Medusa").url,
        })
      }
      const page = await context.newPage()
      page.setDefaultTimeout(timeout)
      if (reportErrors) {
        page.on("pageerror", (error) => pageErrors.push(error.message))
      }
      return page
    },

    /** A store page server for the widget, closed after all tests. */
    startStore: async (storeOptions?: StoreOptions) => {
      const store = await startStore(storeOptions)
      stores.push(store)
      return store
    },

    /** Logs the admin user in through Medusa Admin's login form. */
    logIn: async (page: Page) => {
      await page.goto(`${started(app, "Medusa").url}/app/login`)
      await page.getByPlaceholder("Email").fill(email)
      await page.getByPlaceholder("Password").fill(password)
      await page.getByRole("button", { name: "Continue with Email" }).click()
      await page.waitForURL((url) => !url.pathname.endsWith("/login"))
    },

    /** Saves a screenshot of the page as `<name>.png` in the suite's artifacts folder. */
    shot: (page: Page, name: string, { fullPage = false } = {}) =>
      page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage }),

    api,

    /** Fails with the server's answer, so a missing or broken route says what it is. */
    apiOk: async <T = Record<string, unknown>>(
      method: "GET" | "POST",
      route: string,
      body?: unknown
    ): Promise<T> => {
      const res = await api<T>(method, route, body)
      if (res.status >= 300) {
        throw new Error(
          `${method} ${route} answered ${res.status}: ${JSON.stringify(res.body)}`
        )
      }
      return res.body
    },
  }
}
