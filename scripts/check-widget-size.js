#!/usr/bin/env node
// @ts-check
/**
 * The storefront widget's size budget, checked by `npm test`:
 *
 *   node scripts/check-widget-size.js           builds storefront-snippet/dist if a source is newer
 *   node scripts/check-widget-size.js --build   always builds first
 *
 * Prints per file the raw size and the bytes on the wire: for loader.js and chat.js the .br and
 * .gz files the /helpdesk/widget route sends byte for byte (built by storefront-snippet/build.mjs;
 * the HTTP spec proves the route sends exactly those), for storefront.mjs gzip -9 of the file
 * (it travels inside the store's own bundle). The budget is on gzip, the larger of the two,
 * and the check exits 1 when a file is over it. loader.js is downloaded on every page of the
 * store, so it gets the tight budget; chat.js (the panel and socket.io-client) only loads once a
 * shopper opens the chat.
 */
const fs = require("node:fs")
const path = require("node:path")
const zlib = require("node:zlib")
const { spawnSync } = require("node:child_process")

const ROOT = path.resolve(__dirname, "..")
const WIDGET = path.join(ROOT, "storefront-snippet")
const DIST = path.join(WIDGET, "dist")

const KB = 1024
const BUDGETS = [
  { file: "loader.js", gzip: 2 * KB, served: true },
  { file: "chat.js", gzip: 30 * KB, served: true },
  { file: "storefront.mjs", gzip: 1 * KB, served: false },
]

/** Everything the build reads from this repository. */
function sources() {
  const own = fs
    .readdirSync(WIDGET)
    .filter((name) => /\.(ts|mts|mjs)$/.test(name))
    .map((name) => path.join(WIDGET, name))
  return [
    ...own,
    path.join(ROOT, "src", "types", "realtime.ts"),
    path.join(ROOT, "src", "types", "ticket.ts"),
  ]
}

/** @param {string} file */
const mtime = (file) => {
  try {
    return fs.statSync(file).mtimeMs
  } catch {
    return -1
  }
}

function needsBuild() {
  const built = BUDGETS.flatMap(({ file, served }) =>
    (served ? [file, `${file}.br`, `${file}.gz`] : [file]).map((name) =>
      mtime(path.join(DIST, name))
    )
  )
  if (built.some((t) => t < 0)) {
    return true
  }
  return Math.max(...sources().map(mtime)) > Math.min(...built)
}

if (process.argv.includes("--build") || needsBuild()) {
  const { status, error } = spawnSync(
    process.execPath,
    [path.join(WIDGET, "build.mjs")],
    {
      cwd: ROOT,
      stdio: "inherit",
    }
  )
  if (error || status !== 0) {
    console.error(
      `storefront-snippet/build.mjs failed${error ? `: ${error.message}` : ` (exit code ${status})`}`
    )
    process.exit(1)
  }
}

/** @param {number} bytes */
const size = (bytes) => `${bytes.toLocaleString("en-US")} B`

const rows = BUDGETS.map(({ file, gzip: budget, served }) => {
  const body = fs.readFileSync(path.join(DIST, file))
  const br = served
    ? fs.statSync(path.join(DIST, `${file}.br`)).size
    : zlib.brotliCompressSync(body).length
  const gzip = served
    ? fs.statSync(path.join(DIST, `${file}.gz`)).size
    : zlib.gzipSync(body, { level: 9 }).length
  return { file, raw: body.length, br, gzip, budget, over: gzip > budget }
})

const table = [
  ["file", "raw", "br", "gzip", "budget (gzip)", ""],
  ...rows.map((r) => [
    r.file,
    size(r.raw),
    size(r.br),
    size(r.gzip),
    size(r.budget),
    r.over
      ? `OVER by ${r.gzip - r.budget} B`
      : `ok (${Math.round((r.gzip / r.budget) * 100)}%)`,
  ]),
]
const widths = table[0].map((_, i) =>
  Math.max(...table.map((row) => row[i].length))
)
for (const row of table) {
  console.log(
    row
      .map((cell, i) =>
        i === 0 || i === row.length - 1
          ? cell.padEnd(widths[i])
          : cell.padStart(widths[i])
      )
      .join("  ")
      .trimEnd()
  )
}

const over = rows.filter((r) => r.over)
if (over.length) {
  console.error(
    `\nOver the gzip budget: ${over.map((r) => r.file).join(", ")}.`
  )
  process.exit(1)
}
