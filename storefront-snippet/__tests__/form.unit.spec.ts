import { validateField } from "../form"
import { STRINGS } from "../i18n"

const t = STRINGS.en

describe("validateField", () => {
  it("requires every field", () => {
    for (const name of ["name", "email", "subject", "message"] as const) {
      expect(validateField(name, "", t)).toBe(t.required)
    }
  })

  it("catches e-mail addresses that cannot be right", () => {
    expect(validateField("email", "anna@", t)).toBe(t.badEmail)
    expect(validateField("email", "anna@example", t)).toBe(t.badEmail)
    expect(validateField("email", "anna example@x.pl", t)).toBe(t.badEmail)
    expect(validateField("email", "anna.nowak+shop@example.co.uk", t)).toBe("")
  })

  it("stops messages over 5,000 characters and says how long they are", () => {
    expect(validateField("message", "x".repeat(5000), t)).toBe("")
    expect(validateField("message", "x".repeat(5001), t)).toBe(
      "The message is too long: 5001 characters, at most 5000."
    )
  })
})
