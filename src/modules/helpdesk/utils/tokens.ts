import { createHmac, timingSafeEqual } from "node:crypto"

/**
 * Small signed tokens (HMAC-SHA256), for the visitor's key to one conversation, an agent's
 * real-time session, a storefront customer's identity and the link in an e-mailed reply. They carry ids, never secrets,
 * and are checked in constant time.
 */
export type TokenKind = "visitor" | "agent" | "identity" | "continue"

export type TokenClaims = Record<string, string | number | null> & {
  /** expiry, seconds since the epoch; a token without one is refused */
  exp?: number
}

/** How long a token lives when its issuer names no expiry. */
export const TOKEN_TTL_SECONDS: Record<TokenKind, number> = {
  // the widget keeps the conversation's key in the shopper's browser
  visitor: 30 * 24 * 60 * 60,
  agent: 15 * 60,
  identity: 15 * 60,
  // the link in an e-mailed reply that opens the conversation in the widget again
  continue: 7 * 24 * 60 * 60,
}

const encode = (value: string | Buffer) =>
  Buffer.from(value).toString("base64url")

function sign(secret: string, kind: TokenKind, body: string): string {
  return createHmac("sha256", secret)
    .update(`${kind}.${body}`)
    .digest("base64url")
}

export function signToken(
  secret: string,
  kind: TokenKind,
  claims: TokenClaims,
  now = Date.now()
): string {
  const exp = claims.exp ?? Math.floor(now / 1000) + TOKEN_TTL_SECONDS[kind]
  const body = encode(JSON.stringify({ ...claims, exp }))
  return `${kind}.${body}.${sign(secret, kind, body)}`
}

/** The claims of a valid token of that kind with an expiry still ahead, or null. */
export function verifyToken<T extends TokenClaims>(
  secret: string,
  kind: TokenKind,
  token: unknown,
  now = Date.now()
): T | null {
  if (typeof token !== "string" || token.length > 2048) {
    return null
  }
  const [tokenKind, body, signature, extra] = token.split(".")
  if (tokenKind !== kind || !body || !signature || extra !== undefined) {
    return null
  }
  const expected = Buffer.from(sign(secret, kind, body))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    return null
  }
  try {
    const claims = JSON.parse(
      Buffer.from(body, "base64url").toString("utf8")
    ) as T
    if (typeof claims !== "object" || claims === null) {
      return null
    }
    if (
      typeof claims.exp !== "number" ||
      !Number.isFinite(claims.exp) ||
      claims.exp * 1000 <= now
    ) {
      return null
    }
    return claims
  } catch {
    return null
  }
}
