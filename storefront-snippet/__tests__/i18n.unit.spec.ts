import { format, OPEN_LABEL, pickLocale, STRINGS } from "../i18n"

describe("pickLocale", () => {
  it("speaks the channel's language when the widget knows it", () => {
    expect(pickLocale("pl", "en-US")).toBe("pl")
    expect(pickLocale("en", "pl-PL")).toBe("en")
  })

  it("falls back to the browser's language, then to English", () => {
    expect(pickLocale(null, "pl-PL")).toBe("pl")
    expect(pickLocale("de", "PL")).toBe("pl")
    expect(pickLocale("de", "fr-FR")).toBe("en")
    expect(pickLocale(undefined, undefined)).toBe("en")
  })
})

describe("format", () => {
  it("fills placeholders and leaves unknown ones", () => {
    expect(format(STRINGS.pl.joined, { name: "Anna" })).toBe(
      "Anna dołączył(a) do czatu"
    )
    expect(format(STRINGS.en.joined, { name: "Anna" })).toBe(
      "Anna joined the chat"
    )
    expect(format("{a} {b}", { a: 1 })).toBe("1 {b}")
  })
})

describe("string tables", () => {
  it("has every English string in Polish too, none empty", () => {
    expect(Object.keys(STRINGS.pl).sort()).toEqual(
      Object.keys(STRINGS.en).sort()
    )
    for (const locale of ["en", "pl"] as const) {
      for (const value of Object.values(STRINGS[locale])) {
        expect(value.trim()).not.toBe("")
      }
    }
  })

  it("names the bubble the same way before and after chat.js takes it over", () => {
    expect(OPEN_LABEL.en).toBe(STRINGS.en.open)
    expect(OPEN_LABEL.pl).toBe(STRINGS.pl.open)
  })
})
