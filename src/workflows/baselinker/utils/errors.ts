import { MedusaError } from "@medusajs/framework/utils"
import {
  BaselinkerError,
  BaselinkerHeldBack,
} from "../../../modules/helpdesk/baselinker/errors"

/**
 * The MedusaError type of "BaseLinker refused or could not be reached": routes answer it with
 * 502 and its sentence (Medusa's error handler has no status for an upstream failure).
 */
export const BASELINKER_REFUSED = "baselinker_refused"

export const isBaselinkerRefusal = (error: unknown): boolean =>
  !!error &&
  typeof error === "object" &&
  (error as { type?: unknown }).type === BASELINKER_REFUSED

/** A sentence an agent can act on for a failed BaseLinker call; never the token or request. */
export function baselinkerRefusal(error: unknown, doing: string): MedusaError {
  let reason: string
  if (error instanceof BaselinkerHeldBack) {
    reason =
      error.reason === "blocked"
        ? `BaseLinker has blocked the account for too many requests until ${new Date(error.retry_at).toISOString()}; try again then`
        : `the BaseLinker request budget is spent until ${new Date(error.retry_at).toISOString()}; try again then`
  } else if (error instanceof BaselinkerError) {
    reason =
      error.kind === "api"
        ? `BaseLinker refused: ${error.message.replace(/^BaseLinker refused [^:]*: /, "")}`
        : `${error.message} Try again in a moment`
  } else {
    reason = "BaseLinker could not be reached. Try again in a moment"
  }
  return new MedusaError(
    BASELINKER_REFUSED,
    `${doing}: ${reason}.`.replace(/\.\.$/, ".")
  )
}
