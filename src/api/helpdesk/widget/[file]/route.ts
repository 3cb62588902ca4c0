import { createHash } from "node:crypto"
import { readFile } from "node:fs/promises"
import path from "node:path"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

const FILES = new Set(["loader.js", "chat.js"])

// From src/api/helpdesk/widget/[file] (or .medusa/server/src/...) up to the package root.
const DIST = path.resolve(
  __dirname,
  "..",
  "..",
  "..",
  "..",
  "..",
  "storefront-snippet",
  "dist"
)

type Asset = { body: Buffer; etag: string }
const assets = new Map<string, Promise<Asset | null>>()

async function load(file: string): Promise<Asset | null> {
  try {
    const body = await readFile(path.join(DIST, file))
    const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`
    return { body, etag }
  } catch {
    return null
  }
}

export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const file = req.params.file
  if (!FILES.has(file)) {
    return res.status(404).json({
      type: "not_found",
      message: `There is no widget file "${file}".`,
    })
  }
  if (!assets.has(file) || process.env.NODE_ENV === "development") {
    assets.set(file, load(file))
  }
  const asset = await assets.get(file)
  if (!asset) {
    assets.delete(file)
    return res.status(503).json({
      type: "unexpected_state",
      message:
        "The chat widget has not been built. Run `npm run build` in the medusa-helpdesk package.",
    })
  }

  res.setHeader("Content-Type", "application/javascript; charset=utf-8")
  // Short freshness, then cheap revalidation: the embed code's URL never changes.
  res.setHeader(
    "Cache-Control",
    "public, max-age=300, stale-while-revalidate=86400"
  )
  res.setHeader("ETag", asset.etag)
  res.setHeader("Access-Control-Allow-Origin", "*")
  res.setHeader("X-Content-Type-Options", "nosniff")

  const ifNoneMatch = req.headers["if-none-match"]
  if (
    ifNoneMatch &&
    ifNoneMatch.split(",").some((tag) => tag.trim() === asset.etag)
  ) {
    return res.status(304).end()
  }
  res.status(200).end(asset.body)
}
