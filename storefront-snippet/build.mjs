// @ts-check
/**
 * Builds the storefront widget into storefront-snippet/dist:
 *   loader.js, chat.js        minified IIFEs (es2018), served at <backend>/helpdesk/widget/*,
 *     + .br, .gz              compressed once here (brotli q11, gzip 9): the server only picks one
 *   manifest.json             chat.js's version, so the server knows which chat.js URL is immutable
 *   storefront.mjs/.cjs       `loadHelpdesk()`, the entry of the medusa-helpdesk-widget package
 *     + storefront.d.mts/.d.cts and index.d.ts, its types (see storefront-snippet/package.json)
 *
 *   node storefront-snippet/build.mjs
 */
import { build } from "esbuild"
import { createHash } from "node:crypto"
import { copyFile, mkdir, rm, writeFile } from "node:fs/promises"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { gzipAsync } from "@gfx/zopfli"
import { brotliCompressSync, constants } from "node:zlib"

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

/**
 * Writes a served file with its brotli and gzip twins, at the highest levels: they are made once
 * per build and downloaded by every shopper. The gzip twin comes from zopfli, which finds a
 * smaller encoding than zlib's level 9 (about 1 % here) that every gzip reader inflates.
 * @param {string} name @param {Uint8Array} code
 */
async function writeServed(name, code) {
  const file = path.join(dist, name)
  await writeFile(file, code)
  await writeFile(
    `${file}.br`,
    brotliCompressSync(code, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: code.length,
      },
    })
  )
  await writeFile(`${file}.gz`, await gzipAsync(code, { numiterations: 15 }))
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
await writeServed("chat.js", chatCode)
// loader.js asks for chat.js?v=<hash>: a cached loader never runs against another chat.js
const chatVersion = createHash("sha256")
  .update(chatCode)
  .digest("hex")
  .slice(0, 10)

const loader = await build({
  ...common,
  entryPoints: [path.join(here, "loader.ts")],
  format: "iife",
  minify: true,
  // no "use strict" prologue: the code is strict-clean already, and the bytes count here
  tsconfigRaw: { compilerOptions: { alwaysStrict: false } },
  write: false,
  define: { CHAT_VERSION: JSON.stringify(chatVersion) },
})
await writeServed("loader.js", loader.outputFiles[0].contents)
await writeFile(
  path.join(dist, "manifest.json"),
  `${JSON.stringify({ chatVersion }, null, 2)}\n`
)

for (const [format, ext] of /** @type {const} */ ([
  ["esm", "mjs"],
  ["cjs", "cjs"],
])) {
  await build({
    ...common,
    entryPoints: [path.join(here, "storefront.ts")],
    format,
    outfile: path.join(dist, `storefront.${ext}`),
  })
}
// one declaration file, under the three names TypeScript looks for: .d.mts beside the ESM
// entry, .d.cts beside the CommonJS one, index.d.ts for moduleResolution "node"
for (const name of ["storefront.d.mts", "storefront.d.cts", "index.d.ts"]) {
  await copyFile(path.join(here, "storefront.d.mts"), path.join(dist, name))
}
