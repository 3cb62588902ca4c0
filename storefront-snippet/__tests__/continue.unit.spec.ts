import { readContinueToken, withoutContinueToken } from "../continue"

const TOKEN = "continue.eyJ0IjoiaGR0XzEiLCJleHAiOjF9.c2lnbmF0dXJlLXNpZ25hdHVyZQ"

describe("the link from an e-mailed reply", () => {
  it("finds the token alone in the fragment or among other parts", () => {
    expect(readContinueToken(`#hd=${TOKEN}`)).toBe(TOKEN)
    expect(readContinueToken(`#tab=reviews&hd=${TOKEN}&x=1`)).toBe(TOKEN)
  })

  it("finds nothing in a fragment without it, or where hd= is only part of another name", () => {
    expect(readContinueToken("")).toBeNull()
    expect(readContinueToken("#reviews")).toBeNull()
    expect(readContinueToken(`#shd=${TOKEN}`)).toBeNull()
    expect(readContinueToken("#hd=")).toBeNull()
  })

  it("leaves the rest of the fragment in place once the token is taken off", () => {
    expect(withoutContinueToken(`#hd=${TOKEN}`)).toBe("")
    expect(withoutContinueToken(`#tab=reviews&hd=${TOKEN}&x=1`)).toBe(
      "#tab=reviews&x=1"
    )
    expect(withoutContinueToken("#tab=reviews")).toBe("#tab=reviews")
  })
})
