import { z } from "@medusajs/framework/zod"
import {
  findUnstorableText,
  MAX_DEPTH,
  storable,
  storableText,
  unstorableReason,
} from "../storable-text"

describe("unstorableReason", () => {
  it("accepts ordinary text, emoji made of a surrogate pair, and Polish letters", () => {
    expect(unstorableReason("Cześć 😀 zażółć gęślą jaźń")).toBeNull()
    expect(unstorableReason("")).toBeNull()
  })

  it("refuses a NUL character anywhere in the text", () => {
    expect(unstorableReason("a\u0000b")).toMatch(/NUL character/)
    expect(unstorableReason("\u0000")).toMatch(/NUL character/)
  })

  it("refuses a high surrogate without its low half, also at the end", () => {
    expect(unstorableReason("broken \ud83d emoji")).toMatch(/unpaired UTF-16/)
    expect(unstorableReason("end \ud83d")).toMatch(/unpaired UTF-16/)
  })

  it("refuses a low surrogate without its high half, also at the start", () => {
    expect(unstorableReason("\ude00 start")).toMatch(/unpaired UTF-16/)
    expect(unstorableReason("😀\ude00")).toMatch(/unpaired UTF-16/)
  })
})

describe("findUnstorableText", () => {
  it("names the field of a nested value that cannot be stored", () => {
    expect(
      findUnstorableText({ a: { list: ["ok", "x\u0000"] } })
    ).toMatchObject({
      path: ["a", "list", 1],
      message: expect.stringMatching(/^a\.list\.1 contains a NUL character/),
    })
  })

  it("checks object keys as well as values", () => {
    expect(findUnstorableText({ ["k\u0000"]: "v" })?.message).toMatch(
      /A field name in the request contains a NUL character/
    )
  })

  it("refuses a payload nested deeper than it walks, instead of recursing without end", () => {
    let deep: unknown = "leaf"
    for (let i = 0; i < MAX_DEPTH + 5; i++) {
      deep = [deep]
    }
    expect(findUnstorableText(deep)?.message).toMatch(/nested more than/)
  })

  it("passes numbers, booleans, null and clean nested text", () => {
    expect(
      findUnstorableText({ n: 1, b: true, z: null, s: ["a", { t: "b" }] })
    ).toBeNull()
  })
})

describe("storableText", () => {
  it("refuses unstorable text with a sentence and keeps the string checks chained after it", () => {
    const schema = storableText().trim().min(1)
    const nul = schema.safeParse("a\u0000")
    expect(nul.success).toBe(false)
    expect(nul.error?.issues[0].message).toMatch(/The text contains a NUL/)
    expect(schema.safeParse("  ").success).toBe(false)
    expect(schema.parse("  ok ")).toBe("ok")
  })
})

describe("storable", () => {
  const schema = storable(z.strictObject({ body: z.string() }))

  it("refuses a payload with unstorable text before its own schema runs, naming the field", () => {
    const result = schema.safeParse({ body: "\ud800" })
    expect(result.success).toBe(false)
    expect(result.error?.issues).toHaveLength(1)
    expect(result.error?.issues[0]).toMatchObject({
      path: ["body"],
      message: expect.stringMatching(/^body contains a broken character/),
    })
  })

  it("refuses an unknown key with a NUL byte although the inner schema would only call it unknown", () => {
    const result = schema.safeParse({ body: "ok", ["x\u0000"]: 1 })
    expect(result.error?.issues[0].message).toMatch(/field name/)
  })

  it("hands a clean payload to the inner schema", () => {
    expect(schema.parse({ body: "hello" })).toEqual({ body: "hello" })
    expect(schema.safeParse({ body: 1 }).success).toBe(false)
  })
})
