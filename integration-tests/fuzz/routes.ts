import { readdirSync, readFileSync } from "node:fs"
import { join, relative, sep } from "node:path"

const ROOT = join(__dirname, "..", "..")
const API_DIR = join(ROOT, "src", "api")
const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const

/** Every `METHOD /path` the plugin serves, read from the `src/api/**\/route.ts` files. */
export function discoverRoutes(): string[] {
  const found: string[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) {
        walk(path)
      } else if (entry.name === "route.ts" || entry.name === "route.js") {
        const url =
          "/" +
          relative(API_DIR, dir)
            .split(sep)
            .map((segment) => segment.replace(/^\[(.+)\]$/, ":$1"))
            .join("/")
        const source = readFileSync(path, "utf8")
        for (const method of HTTP_METHODS) {
          const exported = new RegExp(
            `export\\s+(const|async\\s+function|function)\\s+${method}\\b`
          )
          if (exported.test(source)) {
            found.push(`${method} ${url}`)
          }
        }
      }
    }
  }
  walk(API_DIR)
  return found.sort()
}

/** The events a client may send, read from the interfaces of `src/types/realtime.ts`. */
export function discoverSocketEvents(): string[] {
  const source = readFileSync(join(ROOT, "src", "types", "realtime.ts"), "utf8")
  const events: string[] = []
  for (const [iface, namespace] of [
    ["VisitorClientToServerEvents", "/visitor"],
    ["AgentClientToServerEvents", "/agent"],
  ] as const) {
    const start = source.indexOf(`interface ${iface}`)
    const end = source.indexOf("\n}", start)
    if (start < 0 || end < 0) {
      throw new Error(`src/types/realtime.ts has no interface ${iface}`)
    }
    const body = source.slice(start, end)
    for (const match of body.matchAll(
      /^ {2}("([^"]+)"|[A-Za-z_$][\w$]*)\s*:/gm
    )) {
      events.push(`${namespace} ${match[2] ?? match[1]}`)
    }
  }
  return events.sort()
}
