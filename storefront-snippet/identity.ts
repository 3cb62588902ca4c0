/**
 * Who the shopper is, as the store says with `Helpdesk("identify", …)`: a token from
 * `POST /store/helpdesk/identity-token`, a function that fetches one, or null for a guest.
 *
 * The token's claims are readable (`identity.<base64url JSON>.<signature>`): the widget reads
 * the customer id (to tell whose a saved conversation is), the name (shown on the form) and
 * the expiry, so it never sends a token the server would refuse.
 */

/** What the store may pass to `identify`. */
export type IdentitySource =
  | string
  | (() => Promise<string | null | undefined> | string | null | undefined)
  | null

export type Identity = {
  token: string
  /** The Medusa customer's id (`cu`). */
  customer: string
  /** The customer's name, or their e-mail when the account has no name (`n`). */
  name: string | null
  /** Expiry in ms since the epoch; null when the token does not expire. */
  expiresAt: number | null
}

/** A token this close to its expiry counts as expired: it may lapse on its way, or the clocks differ. */
export const EXPIRY_MARGIN = 30000

/** The claims of an identity token, or null when it is not one. The signature is the server's to check. */
export function decodeIdentity(token: unknown): Identity | null {
  if (typeof token != "string") {
    return null
  }
  const [kind, body, signature, extra] = token.split(".")
  if (kind != "identity" || !body || !signature || extra !== undefined) {
    return null
  }
  try {
    const binary = atob(body.replace(/-/g, "+").replace(/_/g, "/"))
    const claims = JSON.parse(
      new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)))
    ) as { cu?: unknown; n?: unknown; exp?: unknown } | null
    if (!claims || typeof claims.cu != "string" || !claims.cu) {
      return null
    }
    return {
      token,
      customer: claims.cu,
      name: typeof claims.n == "string" && claims.n ? claims.n : null,
      expiresAt: typeof claims.exp == "number" ? claims.exp * 1000 : null,
    }
  } catch {
    return null
  }
}

export const isFresh = (identity: Identity, now: number) =>
  identity.expiresAt === null || identity.expiresAt - now > EXPIRY_MARGIN

export type IdentityState = {
  /** The store called `identify` again (or reset): forget what was fetched for the last source. */
  set: (source: IdentitySource | undefined) => void
  /** Whether the store has said anything at all (a saved conversation waits until it has). */
  told: () => boolean
  /**
   * The identity known without asking anyone, for drawing the form: a given token while it is
   * fresh, the last one a function gave (it is asked again before use).
   */
  known: () => Identity | null
  /**
   * A token to send now: the given one while it is fresh, or a fresh one from the function
   * (called only when none is held or the held one is near expiry). Null for a guest or an
   * expired token; undefined when the function failed, so nothing is decided on it.
   */
  get: () => Promise<Identity | null | undefined>
  /** Whose the shopper is, for comparing with a saved conversation's owner (expiry aside). */
  customer: () => Promise<string | null | undefined>
}

export function createIdentity(
  warn: (message: string) => void,
  now: () => number = Date.now
): IdentityState {
  let source: IdentitySource | undefined
  let held: Identity | null = null

  const get = async (): Promise<Identity | null | undefined> => {
    if (held && isFresh(held, now())) {
      return held
    }
    const from = source
    if (typeof from != "function") {
      return null
    }
    try {
      const token = await from()
      const identity = token ? decodeIdentity(token) : null
      if (token && !identity) {
        warn(
          "identify: the function gave something that is not an identity token"
        )
      }
      if (identity && !isFresh(identity, now())) {
        warn("identify: the function gave an expired token")
        return null
      }
      if (source == from) {
        held = identity
      }
      return identity
    } catch (error) {
      warn(`identify: the function failed: ${error}`)
      return undefined
    }
  }

  return {
    set(value) {
      source = value
      held = typeof value == "string" ? decodeIdentity(value) : null
    },
    told: () => source !== undefined,
    // a function renews a lapsed token when it is used; a given token is only good until it lapses
    known: () =>
      held && (typeof source == "function" || isFresh(held, now()))
        ? held
        : null,
    get,
    async customer() {
      if (typeof source == "string") {
        // who the store says is logged in, even once that token has expired
        return held ? held.customer : null
      }
      const identity = await get()
      return identity && identity.customer
    },
  }
}
