import { createHmac } from "node:crypto"
import { signToken, verifyToken, type TokenKind } from "../tokens"

const SECRET = "test-secret"

/** A correctly signed token with exactly these claims, as someone holding the key could make. */
function forge(kind: TokenKind, claims: Record<string, unknown>): string {
  const body = Buffer.from(JSON.stringify(claims)).toString("base64url")
  const signature = createHmac("sha256", SECRET)
    .update(`${kind}.${body}`)
    .digest("base64url")
  return `${kind}.${body}.${signature}`
}

describe("signed tokens", () => {
  it.each(["visitor", "agent", "identity"] as const)(
    "refuses a %s token that carries no expiry",
    (kind) => {
      const token = forge(kind, { t: "hdt_1", u: "user_1", cu: "cus_1" })
      expect(verifyToken(SECRET, kind, token)).toBeNull()
    }
  )

  it("refuses a token whose expiry is not a number", () => {
    const token = forge("agent", { u: "user_1", exp: "9999999999" })
    expect(verifyToken(SECRET, "agent", token)).toBeNull()
  })

  it("gives every issued token an expiry, and refuses it once that has passed", () => {
    const now = Date.UTC(2026, 0, 1)
    const token = signToken(SECRET, "visitor", { t: "hdt_1", c: null }, now)
    const claims = verifyToken<{ t: string; exp: number }>(
      SECRET,
      "visitor",
      token,
      now
    )
    expect(claims).toEqual(
      expect.objectContaining({ t: "hdt_1", exp: expect.any(Number) })
    )
    const expiresAt = claims!.exp * 1000
    expect(expiresAt).toBeGreaterThan(now)
    expect(verifyToken(SECRET, "visitor", token, expiresAt)).toBeNull()
  })

  it("keeps the expiry its issuer chose", () => {
    const token = signToken(SECRET, "identity", { cu: "cus_1", exp: 100 })
    expect(verifyToken(SECRET, "identity", token, 99_000)).toEqual({
      cu: "cus_1",
      exp: 100,
    })
  })
})
