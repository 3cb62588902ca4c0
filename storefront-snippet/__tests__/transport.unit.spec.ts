import { parseRetryAfter } from "../transport"

describe("parseRetryAfter", () => {
  it("reads seconds", () => {
    expect(parseRetryAfter("120")).toBe(120)
    expect(parseRetryAfter(7)).toBe(7)
    expect(parseRetryAfter("1.2")).toBe(2)
  })

  it("reads an HTTP date", () => {
    const now = Date.parse("2026-11-24T12:00:00Z")
    expect(parseRetryAfter("Tue, 24 Nov 2026 12:01:30 GMT", now)).toBe(90)
    expect(parseRetryAfter("Tue, 24 Nov 2026 11:00:00 GMT", now)).toBe(0)
  })

  it("returns null when there is nothing to read", () => {
    expect(parseRetryAfter(null)).toBeNull()
    expect(parseRetryAfter(undefined)).toBeNull()
    expect(parseRetryAfter("")).toBeNull()
    expect(parseRetryAfter("soon")).toBeNull()
  })
})
