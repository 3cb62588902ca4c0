import { flipDelay } from "../hours"

const NOW = Date.parse("2026-11-24T16:59:00Z")

describe("flipDelay", () => {
  it("asks again just after the state flips", () => {
    expect(flipDelay("2026-11-24T17:00:00Z", NOW)).toBe(61_000)
  })

  it("does nothing when the state never changes", () => {
    expect(flipDelay(null, NOW)).toBe(0)
    expect(flipDelay("not a date", NOW)).toBe(0)
  })

  it("asks soon when the moment has passed already", () => {
    expect(flipDelay("2026-11-24T16:00:00Z", NOW)).toBe(1000)
  })

  it("backs off when the server still names the same moment (the page's clock runs fast)", () => {
    expect(flipDelay("2026-11-24T16:58:50Z", NOW, "2026-11-24T16:58:50Z")).toBe(
      31_000
    )
  })

  it("stays within what setTimeout accepts", () => {
    expect(flipDelay("2027-06-01T00:00:00Z", NOW)).toBe(2e9)
  })
})
