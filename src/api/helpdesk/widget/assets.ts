import { createHash } from "node:crypto"
import { readFile } from "node:fs/promises"
import path from "node:path"

/** The files the widget route serves; storefront-snippet/build.mjs writes each with .br and .gz. */
export const WIDGET_FILES = ["loader.js", "chat.js"] as const
export type WidgetFile = (typeof WIDGET_FILES)[number]

export type Encoding = "br" | "gzip" | "identity"

export type Variant = {
  body: Buffer
  /** Strong and distinct per encoding: caches must never answer a gzip request with brotli. */
  etag: string
}

export type WidgetAsset = {
  variants: Partial<Record<Encoding, Variant>> & { identity: Variant }
  /** For chat.js: the `?v=` the current loader.js asks for (storefront-snippet/dist/manifest.json). */
  version: string | null
}

// From src/api/helpdesk/widget (or .medusa/server/src/api/helpdesk/widget) up to the package root.
export const WIDGET_DIST = path.resolve(
  __dirname,
  "..",
  "..",
  "..",
  "..",
  "storefront-snippet",
  "dist"
)

const SUFFIX: Record<Exclude<Encoding, "identity">, string> = {
  br: ".br",
  gzip: ".gz",
}

const readOptional = (file: string) => readFile(file).catch(() => null)

/** Reads a built file and its compressed twins; null when the widget has not been built. */
export async function loadWidgetAsset(
  file: WidgetFile,
  dist: string = WIDGET_DIST
): Promise<WidgetAsset | null> {
  const body = await readOptional(path.join(dist, file))
  if (!body) {
    return null
  }
  const hash = createHash("sha256")
    .update(body)
    .digest("base64url")
    .slice(0, 27)
  const variants: WidgetAsset["variants"] = {
    identity: { body, etag: `"${hash}"` },
  }
  for (const encoding of ["br", "gzip"] as const) {
    const compressed = await readOptional(
      path.join(dist, file + SUFFIX[encoding])
    )
    if (compressed) {
      variants[encoding] = {
        body: compressed,
        etag: `"${hash}-${encoding}"`,
      }
    }
  }
  let version: string | null = null
  if (file === "chat.js") {
    const manifest = await readOptional(path.join(dist, "manifest.json"))
    try {
      const parsed: unknown = manifest && JSON.parse(manifest.toString("utf8"))
      const chatVersion = (parsed as { chatVersion?: unknown } | null)
        ?.chatVersion
      version = typeof chatVersion === "string" ? chatVersion : null
    } catch {
      version = null
    }
  }
  return { variants, version }
}

/**
 * The encoding to send for an `Accept-Encoding` header (RFC 9110 §12.5.3): the one with the
 * highest q-value among those built, brotli before gzip on a tie (it is ~10% smaller here),
 * identity when the client takes neither. `*` stands for any encoding not named.
 */
export function chooseEncoding(
  acceptEncoding: string | string[] | undefined,
  available: readonly Encoding[] = ["br", "gzip"]
): Encoding {
  const header = Array.isArray(acceptEncoding)
    ? acceptEncoding.join(",")
    : acceptEncoding || ""
  const q = new Map<string, number>()
  for (const part of header.split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";")
    if (!name) {
      continue
    }
    let weight = 1
    for (const param of params) {
      const match = /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/.exec(param)
      if (match) {
        weight = Number(match[1])
      }
    }
    q.set(name === "x-gzip" ? "gzip" : name, weight)
  }
  let best: Encoding = "identity"
  let bestQ = 0
  for (const encoding of ["br", "gzip"] as const) {
    if (!available.includes(encoding)) {
      continue
    }
    const weight = q.get(encoding) ?? q.get("*") ?? 0
    if (weight > bestQ) {
      best = encoding
      bestQ = weight
    }
  }
  return best
}

/** True when an `If-None-Match` header names this ETag (weak comparison, as RFC 9110 asks). */
export function matchesEtag(
  ifNoneMatch: string | undefined,
  etag: string
): boolean {
  if (!ifNoneMatch) {
    return false
  }
  const strip = (tag: string) => tag.trim().replace(/^W\//, "")
  return ifNoneMatch
    .split(",")
    .some((tag) => tag.trim() === "*" || strip(tag) === strip(etag))
}
