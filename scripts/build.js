#!/usr/bin/env node
// @ts-check
/**
 * `npm run build`: the publishable package in .medusa/server.
 *
 *   1. the storefront widget (storefront-snippet/build.mjs → storefront-snippet/dist)
 *   2. medusa plugin:build (server code and admin extensions → .medusa/server)
 *   3. the served widget files (loader.js, chat.js, their .br and .gz, manifest.json) copied to
 *      .medusa/server/storefront-snippet/dist, where the /helpdesk/widget/* route of the built
 *      package reads them. The ESM entry is not among them: storefronts install it as its own
 *      package, medusa-helpdesk-widget (storefront-snippet/package.json).
 */
const fs = require("node:fs")
const path = require("node:path")
const { spawnSync } = require("node:child_process")
const { ROOT, medusaCommand } = require("./lib/app")

const WIDGET_BUILD = path.join(ROOT, "storefront-snippet", "build.mjs")
const WIDGET_DIST = path.join(ROOT, "storefront-snippet", "dist")
const PACKAGE_WIDGET_DIST = path.join(
  ROOT,
  ".medusa",
  "server",
  "storefront-snippet",
  "dist"
)

/** @param {string} label @param {string} cmd @param {string[]} args */
function run(label, cmd, args) {
  const t = Date.now()
  const { status, error } = spawnSync(cmd, args, {
    cwd: ROOT,
    stdio: "inherit",
    env: { MEDUSA_DISABLE_TELEMETRY: "true", ...process.env },
  })
  if (error || status !== 0) {
    console.error(
      `[build] ${label} failed${error ? `: ${error.message}` : ` (exit code ${status})`}`
    )
    process.exit(1)
  }
  console.log(`[build] ${label}: ${((Date.now() - t) / 1000).toFixed(1)} s`)
}

const hasWidget = fs.existsSync(WIDGET_BUILD)
if (hasWidget) {
  run("widget (storefront-snippet/build.mjs)", process.execPath, [WIDGET_BUILD])
}

const [medusa, ...pre] = medusaCommand(ROOT)
run("medusa plugin:build", medusa, [...pre, "plugin:build"])

if (hasWidget) {
  fs.rmSync(PACKAGE_WIDGET_DIST, { recursive: true, force: true })
  fs.mkdirSync(path.dirname(PACKAGE_WIDGET_DIST), { recursive: true })
  fs.mkdirSync(PACKAGE_WIDGET_DIST)
  const served = fs
    .readdirSync(WIDGET_DIST)
    .filter((name) =>
      /^(loader|chat)\.js(\.br|\.gz)?$|^manifest\.json$/.test(name)
    )
  for (const name of served) {
    fs.copyFileSync(
      path.join(WIDGET_DIST, name),
      path.join(PACKAGE_WIDGET_DIST, name)
    )
  }
  console.log(
    `[build] widget copied to ${path.relative(ROOT, PACKAGE_WIDGET_DIST)}`
  )
}
