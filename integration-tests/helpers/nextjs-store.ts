import { createHash } from "node:crypto"
import { spawn, type ChildProcess } from "node:child_process"
import fs from "node:fs"
import path from "node:path"

import { packWidget } from "../../scripts/lib/widget-package"

const ROOT = path.resolve(__dirname, "..", "..")
const FIXTURE = path.join(ROOT, "integration-tests", "fixtures", "nextjs-store")
/** Kept between runs (an ignored folder): npm install and next build run only when inputs change. */
const CACHE = path.join(ROOT, ".data", "nextjs-store")
const APP = path.join(CACHE, "app")

export type PreparedStore = {
  /** What preparing cost this run: "npm install 14.2 s, next build 38.0 s" or "cached". */
  timings: string
  start: (port: number, env: Record<string, string>) => Promise<NextServer>
}

export type NextServer = { url: string; stop: () => Promise<void> }

const hashOf = (...parts: (string | Buffer)[]) => {
  const hash = createHash("sha256")
  parts.forEach((part) => hash.update(part).update("\0"))
  return hash.digest("hex")
}

function fixtureFiles(dir = FIXTURE): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory()
        ? fixtureFiles(path.join(dir, entry.name))
        : [path.join(dir, entry.name)]
    )
    .sort()
}

/**
 * Runs a command in the app's folder, its output appended to the log; answers the seconds it
 * took. Asynchronous on purpose: a test process blocked for the minute of an install would miss
 * the server closing its idle keep-alive connections, and its next request would fail.
 */
async function run(
  cmd: string,
  args: string[],
  logFile: string
): Promise<string> {
  fs.appendFileSync(logFile, `\n$ ${cmd} ${args.join(" ")}\n`)
  const t = Date.now()
  const child = spawn(cmd, args, {
    cwd: APP,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  })
  let stderr = ""
  child.stdout?.on("data", (chunk: Buffer) => fs.appendFileSync(logFile, chunk))
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-3000)
    fs.appendFileSync(logFile, chunk)
  })
  const status = await new Promise<number | null>((resolve, reject) => {
    child.on("error", reject)
    child.on("close", resolve)
  })
  if (status !== 0) {
    throw new Error(
      `${cmd} ${args.join(" ")} failed in ${APP} (see ${logFile}):\n${stderr}`
    )
  }
  return ((Date.now() - t) / 1000).toFixed(1)
}

/**
 * The Next.js store of integration-tests/fixtures/nextjs-store, installed from the registry with
 * the packed medusa-helpdesk-widget and built for production, in .data/nextjs-store. `npm
 * install` runs again only when the fixture's package.json or the widget package changed, `next
 * build` only when any input did. Expects storefront-snippet/dist to be built.
 */
export async function prepareNextStore(
  logFile: string
): Promise<PreparedStore> {
  fs.mkdirSync(APP, { recursive: true })
  const { tarball } = await packWidget(path.join(CACHE, "pack"))
  const widget = fs.readFileSync(tarball)
  const fixturePackage = JSON.parse(
    fs.readFileSync(path.join(FIXTURE, "package.json"), "utf8")
  ) as { dependencies: Record<string, string> }

  const installKey = hashOf(
    process.version,
    JSON.stringify(fixturePackage),
    widget
  )
  const files = fixtureFiles()
  const buildKey = hashOf(
    installKey,
    ...files.flatMap((file) => [
      path.relative(FIXTURE, file),
      fs.readFileSync(file),
    ])
  )
  const stamp = (name: string) => path.join(CACHE, `${name}.key`)
  const read = (name: string) =>
    fs.existsSync(stamp(name)) ? fs.readFileSync(stamp(name), "utf8") : ""
  const timings: string[] = []

  if (read("build") !== buildKey) {
    // the app's sources, fresh; node_modules and .next stay
    for (const entry of fs.readdirSync(APP)) {
      if (!["node_modules", ".next", "package-lock.json"].includes(entry)) {
        fs.rmSync(path.join(APP, entry), { recursive: true, force: true })
      }
    }
    fs.cpSync(FIXTURE, APP, { recursive: true })
    fs.writeFileSync(
      path.join(APP, "package.json"),
      `${JSON.stringify(
        {
          ...fixturePackage,
          dependencies: {
            ...fixturePackage.dependencies,
            "medusa-helpdesk-widget": `file:${path.relative(APP, tarball)}`,
          },
        },
        null,
        2
      )}\n`
    )
    if (read("install") !== installKey) {
      // the same name and version with other contents: npm must not keep the old copy
      fs.rmSync(path.join(APP, "node_modules", "medusa-helpdesk-widget"), {
        recursive: true,
        force: true,
      })
      timings.push(
        `npm install ${await run(
          "npm",
          [
            "install",
            "--no-audit",
            "--no-fund",
            "--prefer-offline",
            "--install-links",
          ],
          logFile
        )} s`
      )
      fs.writeFileSync(stamp("install"), installKey)
    }
    timings.push(
      `next build ${await run(
        process.execPath,
        [
          path.join(APP, "node_modules", "next", "dist", "bin", "next"),
          "build",
        ],
        logFile
      )} s`
    )
    fs.writeFileSync(stamp("build"), buildKey)
  }

  return {
    timings: timings.join(", ") || "cached",
    start: (port, env) => startNext(port, env, logFile),
  }
}

async function startNext(
  port: number,
  env: Record<string, string>,
  logFile: string
): Promise<NextServer> {
  const url = `http://127.0.0.1:${port}`
  const child: ChildProcess = spawn(
    process.execPath,
    [
      path.join(APP, "node_modules", "next", "dist", "bin", "next"),
      "start",
      "-p",
      String(port),
      "-H",
      "127.0.0.1",
    ],
    {
      cwd: APP,
      env: { ...process.env, ...env, NEXT_TELEMETRY_DISABLED: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    }
  )
  const log = fs.createWriteStream(logFile, { flags: "a" })
  child.stdout?.pipe(log)
  child.stderr?.pipe(log)
  let exited = false
  child.on("exit", () => (exited = true))

  const stop = () =>
    new Promise<void>((resolve) => {
      if (exited) {
        return resolve()
      }
      child.once("exit", () => resolve())
      child.kill("SIGTERM")
    })

  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (exited) {
      throw new Error(`next start exited early (see ${logFile})`)
    }
    const ok = await fetch(`${url}/embed`)
      .then((res) => res.ok)
      .catch(() => false)
    if (ok) {
      return { url, stop }
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  await stop()
  throw new Error(`next start did not answer on ${url} within 60 s`)
}
