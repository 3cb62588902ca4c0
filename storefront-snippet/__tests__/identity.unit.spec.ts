import { createIdentity, decodeIdentity, EXPIRY_MARGIN } from "../identity"

const NOW = Date.UTC(2026, 0, 1, 12)

/** Signed the way src/modules/helpdesk/utils/tokens.ts signs; the widget never checks the signature. */
const token = (claims: Record<string, unknown>) => {
  const bytes = new TextEncoder().encode(JSON.stringify(claims))
  const body = btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "")
  return `identity.${body}.sig`
}

describe("decodeIdentity", () => {
  it("reads the customer, the name (UTF-8) and the expiry from the token", () => {
    const value = token({ cu: "cus_1", n: "Łucja Żółć", exp: NOW / 1000 + 600 })
    expect(decodeIdentity(value)).toEqual({
      token: value,
      customer: "cus_1",
      name: "Łucja Żółć",
      expiresAt: NOW + 600_000,
    })
  })

  it.each([
    ["another kind of token", `visitor.${token({ cu: "c" }).split(".")[1]}.s`],
    ["no customer", token({ n: "Ewa" })],
    ["a body that is not JSON", "identity.bm90IGpzb24.sig"],
    ["a body that is not base64", "identity.!!!.sig"],
    ["too many parts", `${token({ cu: "c" })}.x`],
    ["no string at all", 42],
  ])("takes %s for no identity", (_, value) => {
    expect(decodeIdentity(value)).toBeNull()
  })
})

describe("createIdentity", () => {
  const warn = jest.fn()
  beforeEach(() => warn.mockReset())

  it("never hands out a given token that has expired or is about to", async () => {
    let now = NOW
    const identity = createIdentity(warn, () => now)
    identity.set(token({ cu: "cus_1", exp: (NOW + 2 * EXPIRY_MARGIN) / 1000 }))
    await expect(identity.get()).resolves.toMatchObject({ customer: "cus_1" })
    now = NOW + EXPIRY_MARGIN + 1
    await expect(identity.get()).resolves.toBeNull()
    // who is logged in is still that customer: their saved conversation stays theirs
    await expect(identity.customer()).resolves.toBe("cus_1")
  })

  it("calls the store's function only when no fresh token is held", async () => {
    let now = NOW
    const fetchToken = jest.fn(async () =>
      token({ cu: "cus_1", exp: now / 1000 + 600 })
    )
    const identity = createIdentity(warn, () => now)
    identity.set(fetchToken)
    expect(fetchToken).not.toHaveBeenCalled()
    await identity.get()
    await identity.get()
    expect(fetchToken).toHaveBeenCalledTimes(1)
    now += 600_000 - EXPIRY_MARGIN + 1
    await expect(identity.get()).resolves.toMatchObject({ customer: "cus_1" })
    expect(fetchToken).toHaveBeenCalledTimes(2)
  })

  it("takes a function that gives nothing for a guest, and one that fails for not knowing", async () => {
    const identity = createIdentity(warn, () => NOW)
    identity.set(async () => null)
    await expect(identity.customer()).resolves.toBeNull()
    identity.set(() => Promise.reject(new Error("offline")))
    await expect(identity.customer()).resolves.toBeUndefined()
    expect(warn).toHaveBeenCalledWith(
      "identify: the function failed: Error: offline"
    )
  })

  it("does not use a token the function gave when it expired on its way", async () => {
    const identity = createIdentity(warn, () => NOW)
    identity.set(async () => token({ cu: "cus_1", exp: NOW / 1000 - 1 }))
    await expect(identity.get()).resolves.toBeNull()
    expect(warn).toHaveBeenCalledWith(
      "identify: the function gave an expired token"
    )
  })

  it("forgets the token with null, and knows whether the store has said anything", async () => {
    const identity = createIdentity(warn, () => NOW)
    expect(identity.told()).toBe(false)
    identity.set(token({ cu: "cus_1" }))
    expect(identity.known()).toMatchObject({ customer: "cus_1" })
    identity.set(null)
    expect(identity.told()).toBe(true)
    expect(identity.known()).toBeNull()
    await expect(identity.customer()).resolves.toBeNull()
  })

  it("drops an answer of a function the store has replaced meanwhile", async () => {
    let release: (value: string) => void = () => undefined
    const identity = createIdentity(warn, () => NOW)
    identity.set(() => new Promise<string>((resolve) => (release = resolve)))
    const pending = identity.get()
    identity.set(null)
    release(token({ cu: "cus_1" }))
    await pending
    expect(identity.known()).toBeNull()
  })
})
