import { ulid } from "../ulid"

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
const decodeTime = (id: string) =>
  [...id.slice(0, 10)].reduce((t, c) => t * 32 + CROCKFORD.indexOf(c), 0)

describe("ulid", () => {
  it("draws ids in the ULID shape whose time part is the moment of drawing", () => {
    const before = Date.now()
    const id = ulid()
    const after = Date.now()
    expect(id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/)
    const time = decodeTime(id)
    expect(time).toBeGreaterThanOrEqual(before)
    expect(time).toBeLessThanOrEqual(after)
  })

  it("never draws the same id twice across many refills of its randomness", () => {
    const ids = new Set(Array.from({ length: 20_000 }, () => ulid()))
    expect(ids.size).toBe(20_000)
  })
})
