// @ts-check
/**
 * The storefront package, medusa-helpdesk-widget (storefront-snippet/package.json), as a store
 * gets it: packed with npm, then checked from the outside.
 *
 *   const { packWidget, checkWidgetPackage } = require("./lib/widget-package")
 *   const { tarball } = await packWidget(dir)       // npm pack of a built storefront-snippet/dist
 *   await checkWidgetPackage(tarball, otherDir)      // contents, no dependencies, tsc, node
 *
 * Used by scripts/check-package.js and the Next.js browser spec.
 */
const fs = require("node:fs")
const path = require("node:path")
const { execFile } = require("node:child_process")
const { promisify } = require("node:util")

const ROOT = path.resolve(__dirname, "..", "..")
const WIDGET = path.join(ROOT, "storefront-snippet")
const NAME = "medusa-helpdesk-widget"
const TSC = path.join(ROOT, "node_modules", "typescript", "bin", "tsc")
const run = promisify(execFile)

/** Exactly what the tarball holds. */
const FILES = [
  "package/README.md",
  "package/dist/index.d.ts",
  "package/dist/storefront.cjs",
  "package/dist/storefront.d.cts",
  "package/dist/storefront.d.mts",
  "package/dist/storefront.mjs",
  "package/global.d.ts",
  "package/package.json",
]

/**
 * @param {string} dest a folder for the tarball
 * @returns {Promise<{ tarball: string, size: number }>}
 */
async function packWidget(dest) {
  fs.mkdirSync(dest, { recursive: true })
  const { stdout } = await run(
    "npm",
    // dist/ is built by the caller (scripts/build.js, the browser suite): not again by prepack
    ["pack", "--json", "--ignore-scripts", "--pack-destination", dest],
    { cwd: WIDGET, maxBuffer: 16 * 1024 * 1024 }
  )
  const [info] = JSON.parse(stdout.slice(stdout.indexOf("[")))
  const tarball = path.join(dest, info.filename)
  return { tarball, size: fs.statSync(tarball).size }
}

/** @param {boolean} condition @param {string} message @returns {asserts condition} */
function expect(condition, message) {
  if (!condition) {
    throw new Error(message)
  }
}

/** What a store writes, type-checked once per moduleResolution. */
const USE = `import { loadHelpdesk, type Helpdesk } from "${NAME}"

const helpdesk: Helpdesk = loadHelpdesk({
  backendUrl: "https://api.example.com",
  channelId: "hdch_1",
})
helpdesk("identify", "token")
helpdesk("identify", () => Promise.resolve("token"))
helpdesk("identify", null)
helpdesk("reset")
helpdesk("on", "message", (message) => message.body.toUpperCase())
// @ts-expect-error: not a command of the widget
helpdesk("logout")
`
/** What a store that pastes the embed code writes. */
const SNIPPET = `/// <reference types="${NAME}/global" />
window.Helpdesk?.("open")
window.Helpdesk?.("identify", null)
// @ts-expect-error: open takes no argument
window.Helpdesk?.("open", 1)
export {}
`

/** @type {{ name: string, packageType: "module" | "commonjs", compilerOptions: Record<string, string>, files: Record<string, string> }[]} */
const CONSUMERS = [
  {
    name: "node",
    packageType: "commonjs",
    compilerOptions: { module: "commonjs", moduleResolution: "node" },
    files: { "use.ts": USE, "snippet.ts": SNIPPET },
  },
  {
    name: "node16",
    packageType: "module",
    compilerOptions: { module: "node16", moduleResolution: "node16" },
    // an ES module (the import condition) and a CommonJS one (the require condition)
    files: { "use.mts": USE, "use.cts": USE, "snippet.ts": SNIPPET },
  },
  {
    name: "bundler",
    packageType: "module",
    compilerOptions: { module: "esnext", moduleResolution: "bundler" },
    files: { "use.ts": USE, "snippet.ts": SNIPPET },
  },
]

/**
 * Checks the packed widget from the outside: the files it holds, a package.json without any
 * dependency, its types under moduleResolution node, node16 and bundler (tsc, strict), and
 * both entries loading in Node, where loadHelpdesk does nothing (server rendering).
 * @param {string} tarball @param {string} dir an empty folder to work in
 * @returns {Promise<string>} a summary
 */
async function checkWidgetPackage(tarball, dir) {
  const listing = (await run("tar", ["-tzf", tarball])).stdout
    .split("\n")
    .filter(Boolean)
    .sort()
  expect(
    JSON.stringify(listing) === JSON.stringify(FILES),
    `${path.basename(tarball)} holds ${listing.join(", ")}; expected ${FILES.join(", ")}`
  )

  const installed = path.join(dir, "node_modules", NAME)
  fs.mkdirSync(installed, { recursive: true })
  await run("tar", ["-xzf", tarball, "-C", installed, "--strip-components=1"])
  const manifest = JSON.parse(
    fs.readFileSync(path.join(installed, "package.json"), "utf8")
  )
  for (const field of [
    "dependencies",
    "peerDependencies",
    "optionalDependencies",
    "bundleDependencies",
  ]) {
    expect(
      !manifest[field] || Object.keys(manifest[field]).length === 0,
      `${NAME} must install nothing else, but its package.json has ${field}`
    )
  }

  for (const consumer of CONSUMERS) {
    const project = path.join(dir, consumer.name)
    fs.mkdirSync(project)
    fs.symlinkSync(
      path.join(dir, "node_modules"),
      path.join(project, "node_modules")
    )
    fs.writeFileSync(
      path.join(project, "package.json"),
      JSON.stringify({ private: true, type: consumer.packageType })
    )
    for (const [file, text] of Object.entries(consumer.files)) {
      fs.writeFileSync(path.join(project, file), text)
    }
    fs.writeFileSync(
      path.join(project, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          ...consumer.compilerOptions,
          target: "es2020",
          lib: ["es2020", "dom"],
          strict: true,
          noEmit: true,
          types: [],
          skipLibCheck: false,
        },
        files: Object.keys(consumer.files),
      })
    )
    try {
      await run(process.execPath, [TSC, "-p", project], { cwd: project })
    } catch (error) {
      const out = /** @type {{ stdout?: string }} */ (error).stdout ?? ""
      throw new Error(
        `tsc with moduleResolution "${consumer.compilerOptions.moduleResolution}" fails on ${NAME}:\n${out}`
      )
    }
  }

  const probe = `typeof loadHelpdesk({ backendUrl: "https://api.example.com", channelId: "hdch_1" })`
  const esm = await run(
    process.execPath,
    [
      "--input-type=module",
      "-e",
      `import { loadHelpdesk } from "${NAME}"; console.log(${probe})`,
    ],
    { cwd: dir }
  )
  const cjs = await run(
    process.execPath,
    [
      "-e",
      `const { loadHelpdesk } = require("${NAME}"); console.log(${probe})`,
    ],
    { cwd: dir }
  )
  expect(
    esm.stdout.trim() === "function" && cjs.stdout.trim() === "function",
    `loadHelpdesk does not load in Node (import: ${esm.stdout.trim()}, require: ${cjs.stdout.trim()})`
  )
  return `${listing.length} files, no dependencies, types under ${CONSUMERS.map((c) => c.name).join(", ")}, import and require`
}

module.exports = { NAME, packWidget, checkWidgetPackage }
