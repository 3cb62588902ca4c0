#!/usr/bin/env node
// @ts-check
/**
 * `npm test`: every check, in order, with a summary table at the end.
 *
 *   typecheck → lint → widget build → unit → module integration → HTTP integration
 *   → fuzz (malformed input to every route and socket event) → browser
 *   → two instances (cluster) → widget size budget (when package.json has "test:size") → packaged plugin
 *
 * A PostgreSQL server is found first (scripts/lib/postgres.js: DATABASE_URL, else
 * DB_HOST/DB_PORT when it answers, else the embedded one) and handed to every step as
 * DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD. Every step runs even when an earlier one failed;
 * the exit code is non-zero when any failed.
 *
 *   node scripts/test.js                 all steps
 *   node scripts/test.js unit http       only the named steps (names from the table)
 */
const { spawn } = require("node:child_process")
const fs = require("node:fs")
const path = require("node:path")
const { ensurePostgres } = require("./lib/postgres")

const ROOT = path.resolve(__dirname, "..")
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"))

/**
 * @typedef {{ name: string, script: string, testType?: string, needsDb?: boolean, optional?: boolean }} Step
 *   testType: a jest tier; skipped when jest finds no spec file for it.
 *   optional: skipped when package.json has no such script.
 */
/** @type {Step[]} */
const STEPS = [
  { name: "typecheck", script: "typecheck" },
  { name: "lint", script: "lint" },
  { name: "widget", script: "build:widget", optional: true },
  { name: "unit", script: "test:unit", testType: "unit" },
  {
    name: "modules",
    script: "test:modules",
    testType: "integration:modules",
    needsDb: true,
  },
  {
    name: "http",
    script: "test:http",
    testType: "integration:http",
    needsDb: true,
  },
  {
    name: "fuzz",
    script: "test:fuzz",
    testType: "integration:fuzz",
    needsDb: true,
  },
  {
    name: "browser",
    script: "test:browser",
    testType: "browser",
    needsDb: true,
  },
  {
    name: "cluster",
    script: "test:cluster",
    testType: "integration:cluster",
    needsDb: true,
  },
  { name: "size", script: "test:size", optional: true },
  { name: "package", script: "test:package", needsDb: true },
]

/** @param {number} ms */
const fmt = (ms) =>
  ms < 60_000
    ? `${(ms / 1000).toFixed(1)} s`
    : `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`

/** @type {import("node:child_process").ChildProcess | undefined} */
let current

/**
 * @param {string} cmd @param {string[]} args @param {Record<string, string>} env @param {boolean} [quiet]
 * @returns {Promise<{ code: number, stdout: string }>}
 */
function run(cmd, args, env, quiet = false) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ["ignore", quiet ? "pipe" : "inherit", quiet ? "pipe" : "inherit"],
    })
    current = child
    let stdout = ""
    child.stdout?.on("data", (chunk) => (stdout += chunk))
    child.on("error", (error) => {
      console.error(error)
      resolve({ code: 1, stdout })
    })
    child.on("close", (code, signal) => {
      current = undefined
      resolve({ code: code ?? (signal ? 128 : 1), stdout })
    })
  })
}

/** How many spec files jest would run for a tier. @param {string} testType @param {Record<string, string>} env */
async function countSpecs(testType, env) {
  const jest = path.join(ROOT, "node_modules", ".bin", "jest")
  const { code, stdout } = await run(
    jest,
    ["--listTests", "--json"],
    { ...env, TEST_TYPE: testType },
    true
  )
  if (code !== 0) {
    return undefined // let the real run report the problem
  }
  try {
    return JSON.parse(stdout.trim().split("\n").pop() ?? "[]").length
  } catch {
    return undefined
  }
}

async function main() {
  const only = process.argv.slice(2)
  const unknown = only.filter((name) => !STEPS.some((s) => s.name === name))
  if (unknown.length) {
    console.error(
      `Unknown step(s): ${unknown.join(", ")}. Steps: ${STEPS.map((s) => s.name).join(", ")}`
    )
    process.exit(2)
  }
  const steps = STEPS.filter((s) => !only.length || only.includes(s.name))
  const started = Date.now()

  /** @type {{ name: string, result: string, ms: number, failed: boolean }[]} */
  const results = []

  /** @type {import("./lib/postgres").PostgresHandle | undefined} */
  let pg
  /** @type {Record<string, string>} */
  let dbEnv = {}
  if (steps.some((s) => s.needsDb)) {
    const t = Date.now()
    try {
      pg = await ensurePostgres({
        probe: true,
        log: (line) => console.log(`[test] ${line}`),
      })
      dbEnv = pg.env()
      results.push({
        name: "postgres",
        result: `ok (${pg.source}, port ${pg.port})`,
        ms: Date.now() - t,
        failed: false,
      })
    } catch (error) {
      console.error(
        `[test] no PostgreSQL: ${error instanceof Error ? error.message : error}`
      )
      results.push({
        name: "postgres",
        result: "FAILED",
        ms: Date.now() - t,
        failed: true,
      })
    }
  }

  const stopDb = async () => {
    await pg?.stop()
    pg = undefined
  }
  const interrupt = async () => {
    current?.kill("SIGINT")
    await stopDb()
    process.exit(130)
  }
  process.on("SIGINT", () => void interrupt())
  process.on("SIGTERM", () => void interrupt())

  for (const step of steps) {
    const t = Date.now()
    const banner = `── ${step.name} (npm run ${step.script}) `
    console.log(`\n${banner}${"─".repeat(Math.max(0, 78 - banner.length))}`)

    if (!pkg.scripts?.[step.script]) {
      results.push({
        name: step.name,
        result: "skipped (no script)",
        ms: 0,
        failed: !step.optional,
      })
      console.log(
        step.optional
          ? "not set up yet: skipped"
          : `package.json has no "${step.script}" script`
      )
      continue
    }
    if (step.needsDb && !pg) {
      results.push({
        name: step.name,
        result: "FAILED (no PostgreSQL)",
        ms: 0,
        failed: true,
      })
      continue
    }
    if (step.testType) {
      const count = await countSpecs(step.testType, dbEnv)
      if (count === 0) {
        results.push({
          name: step.name,
          result: "skipped (no spec files)",
          ms: Date.now() - t,
          failed: false,
        })
        console.log("no spec files: skipped")
        continue
      }
    }
    const { code } = await run("npm", ["run", "--silent", step.script], dbEnv)
    results.push({
      name: step.name,
      result: code === 0 ? "passed" : `FAILED (exit ${code})`,
      ms: Date.now() - t,
      failed: code !== 0,
    })
  }

  await stopDb()

  const failed = results.filter((r) => r.failed)
  const totalResult = failed.length ? `${failed.length} FAILED` : "all passed"
  const nameWidth = Math.max(
    ...results.map((r) => r.name.length),
    "total".length
  )
  const resultWidth = Math.max(
    ...results.map((r) => r.result.length),
    totalResult.length
  )
  const line = `${"─".repeat(nameWidth + 2)}┼${"─".repeat(resultWidth + 2)}┼${"─".repeat(12)}`
  console.log(
    `\n ${"step".padEnd(nameWidth)} │ ${"result".padEnd(resultWidth)} │ time`
  )
  console.log(line)
  for (const r of results) {
    console.log(
      ` ${r.name.padEnd(nameWidth)} │ ${r.result.padEnd(resultWidth)} │ ${fmt(r.ms)}`
    )
  }
  console.log(line)
  console.log(
    ` ${"total".padEnd(nameWidth)} │ ${totalResult.padEnd(resultWidth)} │ ${fmt(Date.now() - started)}\n`
  )
  process.exit(failed.length ? 1 : 0)
}

main().catch(async (error) => {
  console.error(error)
  process.exit(1)
})
