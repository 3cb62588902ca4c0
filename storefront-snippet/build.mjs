// @ts-check
/**
 * Builds the storefront widget:
 *   dist/loader.js, dist/chat.js  minified IIFEs (es2018), served at <backend>/helpdesk/widget/*
 *   dist/storefront.mjs (+ .d.mts)  `loadHelpdesk()` for storefronts built with a bundler
 *
 *   node storefront-snippet/build.mjs
 */
import { build } from "esbuild"
import { createHash } from "node:crypto"
import { copyFile, mkdir, rm, writeFile } from "node:fs/promises"
import path from "node:path"
import { fileURLToPath } from "node:url"

const here = path.dirname(fileURLToPath(import.meta.url))
const dist = path.join(here, "dist")

/** @type {import("esbuild").BuildOptions} */
const common = {
  bundle: true,
  target: "es2018",
  platform: "browser",
  legalComments: "none",
  logLevel: "warning",
  // ASCII output: the page's own charset applies to a script without one, and may not be UTF-8
  charset: "ascii",
}

await rm(dist, { recursive: true, force: true })
await mkdir(dist, { recursive: true })

const chat = await build({
  ...common,
  entryPoints: [path.join(here, "chat.ts")],
  format: "iife",
  minify: true,
  write: false,
})
const chatCode = chat.outputFiles[0].contents
await writeFile(path.join(dist, "chat.js"), chatCode)

await build({
  ...common,
  entryPoints: [path.join(here, "loader.ts")],
  format: "iife",
  minify: true,
  // no "use strict" prologue: the code is strict-clean already, and the bytes count here
  tsconfigRaw: { compilerOptions: { alwaysStrict: false } },
  outfile: path.join(dist, "loader.js"),
  define: {
    // loader.js asks for chat.js?v=<hash>: a cached loader never runs against another chat.js
    CHAT_VERSION: JSON.stringify(
      createHash("sha256").update(chatCode).digest("hex").slice(0, 10)
    ),
  },
})

await build({
  ...common,
  entryPoints: [path.join(here, "storefront.ts")],
  format: "esm",
  outfile: path.join(dist, "storefront.mjs"),
})
await copyFile(
  path.join(here, "storefront.d.mts"),
  path.join(dist, "storefront.d.mts")
)
