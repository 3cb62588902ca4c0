// @ts-check
/**
 * A PostgreSQL cluster that a bench owns and may restart: `initdb` into a temporary folder,
 * `pg_ctl` on a port of its own (never the machine's server), trust authentication on
 * localhost, removed on clean-up. Uses the server binaries of the machine
 * (HELPDESK_PG_BIN, or the newest /usr/lib/postgresql/<version>/bin); as root, the commands
 * run as the `postgres` user, since PostgreSQL refuses to run as root.
 *
 *   const pg = await startOwnPostgres({ log })
 *   process.env.DATABASE_URL = pg.url
 *   await pg.restart()   // pg_ctl restart -m fast: every connection is cut
 */
const fs = require("node:fs")
const os = require("node:os")
const path = require("node:path")
const { execFileSync } = require("node:child_process")
const { findFreePort } = require("../scripts/lib/postgres")
const lib = require("./lib")

function findBinDir() {
  if (process.env.HELPDESK_PG_BIN) {
    return process.env.HELPDESK_PG_BIN
  }
  const root = "/usr/lib/postgresql"
  const versions = fs.existsSync(root)
    ? fs
        .readdirSync(root)
        .filter((v) => fs.existsSync(path.join(root, v, "bin", "pg_ctl")))
        .sort((a, b) => Number(b) - Number(a))
    : []
  if (!versions.length) {
    throw new Error(
      "--restart-db needs PostgreSQL's server binaries (pg_ctl, initdb): set HELPDESK_PG_BIN"
    )
  }
  return path.join(root, versions[0], "bin")
}

/** @param {{ log: (line: string) => void }} options */
async function startOwnPostgres({ log }) {
  const bin = findBinDir()
  const asRoot = process.getuid?.() === 0
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "medusa-helpdesk-pg-"))
  const dataDir = path.join(dir, "data")
  const logFile = path.join(dir, "postgres.log")
  if (asRoot) {
    execFileSync("chown", ["postgres:postgres", dir])
  }
  /** @param {string} tool @param {string[]} args */
  const run = (tool, args) =>
    execFileSync(
      asRoot ? "runuser" : path.join(bin, tool),
      asRoot ? ["-u", "postgres", "--", path.join(bin, tool), ...args] : args,
      { stdio: ["ignore", "pipe", "pipe"], cwd: dir }
    )
  const port = await findFreePort(55500)
  run("initdb", [
    "-D",
    dataDir,
    "-U",
    "postgres",
    "--auth=trust",
    "--no-sync",
    "-E",
    "UTF8",
  ])
  const options = `-p ${port} -k ${dir} -c listen_addresses=localhost -c fsync=off -c max_connections=200`
  const ctl = (/** @type {string[]} */ args) =>
    run("pg_ctl", ["-D", dataDir, "-l", logFile, "-o", options, "-w", ...args])
  ctl(["start"])
  log(`own PostgreSQL on port ${port} (data ${dataDir}, log ${logFile})`)
  lib.onCleanup(async () => {
    try {
      ctl(["stop", "-m", "immediate"])
    } catch {
      // not running
    }
    fs.rmSync(dir, { recursive: true, force: true })
  })
  return {
    port,
    url: `postgres://postgres@localhost:${port}/postgres`,
    /** Stops the server (fast: open transactions abort, connections are cut) and starts it again; ms it was away. */
    restart() {
      const t = Date.now()
      ctl(["restart", "-m", "fast"])
      return Date.now() - t
    },
  }
}

module.exports = { startOwnPostgres }
