import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

import {
  chooseEncoding,
  loadWidgetAsset,
  matchesEtag,
  WIDGET_FILES,
  type Encoding,
  type WidgetAsset,
  type WidgetFile,
} from "../assets"

const assets = new Map<WidgetFile, Promise<WidgetAsset | null>>()

const isWidgetFile = (file: string): file is WidgetFile =>
  (WIDGET_FILES as readonly string[]).includes(file)

// The embed code's loader.js URL never changes: short freshness, then cheap revalidation.
const SHORT_LIVED = "public, max-age=300, stale-while-revalidate=86400"
// chat.js?v=<hash of its content>: a new build is a new URL, so this one never changes.
const IMMUTABLE = "public, max-age=31536000, immutable"

export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const file = req.params.file
  if (!isWidgetFile(file)) {
    return res.status(404).json({
      type: "not_found",
      message: `There is no widget file "${file}".`,
    })
  }
  if (!assets.has(file) || process.env.NODE_ENV === "development") {
    assets.set(file, loadWidgetAsset(file))
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

  const built = Object.keys(asset.variants) as Encoding[]
  const encoding = chooseEncoding(req.headers["accept-encoding"], built)
  const variant = asset.variants[encoding] ?? asset.variants.identity
  // only the URL the current loader.js asks for is immutable: another ?v= (a loader cached
  // from an older build) gets today's file, which must not stick under that URL for a year
  const immutable =
    file === "chat.js" &&
    asset.version !== null &&
    req.query.v === asset.version

  res.setHeader("Vary", "Accept-Encoding")
  res.setHeader("Cache-Control", immutable ? IMMUTABLE : SHORT_LIVED)
  res.setHeader("ETag", variant.etag)
  res.setHeader("Access-Control-Allow-Origin", "*")
  res.setHeader("X-Content-Type-Options", "nosniff")

  const ifNoneMatch = req.headers["if-none-match"]
  if (matchesEtag(ifNoneMatch, variant.etag)) {
    return res.status(304).end()
  }

  res.setHeader("Content-Type", "application/javascript; charset=utf-8")
  if (encoding !== "identity") {
    res.setHeader("Content-Encoding", encoding)
  }
  res.setHeader("Content-Length", variant.body.length)
  // on HEAD, Node sends the headers and drops the body
  res.status(200).end(variant.body)
}

export const HEAD = GET
