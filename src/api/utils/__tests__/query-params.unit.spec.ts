import { createListParams, MAX_PAGE_SIZE } from "../query-params"

describe("createListParams", () => {
  const params = createListParams({ limit: 50, order: "name" })

  it("defaults the page to the list's own limit and offset 0", () => {
    expect(params.parse({})).toMatchObject({
      limit: 50,
      offset: 0,
      order: "name",
    })
  })

  it.each([
    ["-1", "limit must be at least 1."],
    ["0", "limit must be at least 1."],
    ["100000000", `limit must be at most ${MAX_PAGE_SIZE}.`],
    ["1.5", "limit must be a whole number."],
    ["abc", "limit must be a whole number."],
  ])("refuses limit=%s with a sentence", (limit, message) => {
    const result = params.safeParse({ limit })
    expect(result.error?.issues[0].message).toBe(message)
  })

  it("refuses a negative offset, which PostgreSQL cannot run", () => {
    expect(params.safeParse({ offset: "-5" }).error?.issues[0].message).toBe(
      "offset must be at least 0."
    )
  })
})
