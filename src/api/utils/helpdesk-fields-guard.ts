import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * Every name the helpdesk module gives Query contains "helpdesk": the link aliases Medusa adds
 * to an order (`helpdesk_tickets`, `helpdesk_ticket_link`), any link added later, and the
 * module's own entities. Compared after NFKC folding and case-insensitively, so look-alike
 * spellings are refused too.
 */
const HELPDESK_NAME = /helpdesk/i

/** The query parameters whose values are paths or entities Query resolves. */
const PATH_PARAMS = new Set(["fields", "order", "expand", "entity"])

const namesHelpdesk = (text: string) =>
  HELPDESK_NAME.test(text.normalize("NFKC"))

/** The first key or path in a parsed query string that names helpdesk data, if any. */
export function findHelpdeskPath(
  query: unknown,
  depth = 0,
  underPathParam = false
): string | undefined {
  // qs nests at most 5 levels deep; the limit only keeps a hostile structure cheap
  if (depth > 8 || query === null || query === undefined) {
    return undefined
  }
  if (typeof query === "string") {
    return underPathParam && namesHelpdesk(query) ? query : undefined
  }
  if (typeof query !== "object") {
    return undefined
  }
  for (const [key, value] of Object.entries(query)) {
    if (namesHelpdesk(key)) {
      return key
    }
    const found = findHelpdeskPath(
      value,
      depth + 1,
      underPathParam || (depth === 0 && PATH_PARAMS.has(key))
    )
    if (found !== undefined) {
      return found
    }
  }
  return undefined
}

/**
 * Tickets reach Medusa's own routes through the module links (an order's `helpdesk_tickets`),
 * where no channel access rule applies. Any request whose `fields`, `order` or filter keys name
 * them is refused before a route runs, whatever the route, so no core route, wildcard or
 * indirect path (`order.helpdesk_tickets` from a return) can read a ticket or a message.
 */
export function refuseHelpdeskFields(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const found = findHelpdeskPath(req.query)
  if (found === undefined) {
    return next()
  }
  next(
    new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `fields: helpdesk tickets and messages cannot be read or filtered through this route ("${found.slice(0, 100)}"). Use /admin/helpdesk/tickets (e.g. ?order_id= for an order's tickets) or /admin/helpdesk/tickets/:id/orders, which apply the channel access rule.`
    )
  )
}
