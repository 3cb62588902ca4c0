import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { errorHandler } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { storablePayload, unstorableReason } from "../../utils/storable-text"

/**
 * The plugin's route prefixes. Mounted on these (no `:param`, no `*`), the check runs before
 * any layer that decodes a path parameter: Express throws a URIError on a malformed escape
 * such as `%ZZ` when it decodes one, and Medusa answers that with a 500.
 */
export const STORABLE_REQUEST_PREFIXES = [
  "/admin/helpdesk",
  "/store/helpdesk",
  "/helpdesk",
] as const

const invalid = (message: string) =>
  new MedusaError(MedusaError.Types.INVALID_DATA, message)

const malformedEscape = (segment: string) =>
  invalid(
    `The address has a malformed percent-escape in "${segment.slice(0, 100)}": write a literal % as %25 and encode other characters as UTF-8.`
  )

/** The path's segments, decoded; a malformed escape is refused with a sentence. */
function checkPath(url: string): MedusaError | null {
  const path = url.split("?")[0]
  for (const segment of path.split("/")) {
    let decoded: string
    try {
      decoded = decodeURIComponent(segment)
    } catch {
      return malformedEscape(segment)
    }
    const reason = unstorableReason(decoded)
    if (reason) {
      return invalid(`The address ${reason}.`)
    }
  }
  return null
}

function checkPayload(value: unknown): MedusaError | null {
  const result = storablePayload.safeParse(value)
  return result.success ? null : invalid(result.error.issues[0].message)
}

/**
 * Refuses, with a 400 and before any route runs, a request whose path, query or body holds
 * text PostgreSQL cannot store, so that no route of the plugin needs a check of its own.
 */
export function refuseUnstorableRequest(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const error =
    checkPath(req.originalUrl) ??
    checkPayload(req.query) ??
    checkPayload(req.body)
  next(error ?? undefined)
}

const medusaErrorHandler = errorHandler()

/**
 * Medusa's error handler, except that a path Express could not decode is the client's 400,
 * not a 500. Medusa's own `/admin*` middleware decodes every admin path before any route of
 * the plugin runs, so this cannot be caught by a middleware; it holds for every route.
 */
export function malformedPathErrorHandler(
  err: unknown,
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  if (err instanceof URIError) {
    const segment =
      req.originalUrl
        .split("?")[0]
        .split("/")
        .find((part) => {
          try {
            decodeURIComponent(part)
            return false
          } catch {
            return true
          }
        }) ?? ""
    return medusaErrorHandler(malformedEscape(segment), req, res, next)
  }
  return medusaErrorHandler(err, req, res, next)
}
