import type { MedusaContainer } from "@medusajs/framework/types"
import { batchedRuns, roundsByKey } from "../batched-runs"

const container = () => ({}) as unknown as MedusaContainer
const tick = () => new Promise((resolve) => setImmediate(resolve))

describe("batchedRuns", () => {
  it("starts one run for the items submitted together, and resolves each when it is done", async () => {
    const runs: string[][] = []
    const queue = batchedRuns<string>(
      container(),
      "test",
      async (items) => {
        runs.push(items)
      },
      { keyOf: (t) => t }
    )
    await Promise.all(["a", "b", "c"].map((t) => queue.submit(t)))
    expect(runs).toEqual([["a", "b", "c"]])
  })

  it("gives the same queue for one container and name, and another for another container", () => {
    const run = async () => {}
    const shared = container()
    const first = batchedRuns(shared, "q", run, { keyOf: String })
    expect(batchedRuns(shared, "q", run, { keyOf: String })).toBe(first)
    expect(batchedRuns(shared, "other", run, { keyOf: String })).not.toBe(first)
    expect(batchedRuns(container(), "q", run, { keyOf: String })).not.toBe(
      first
    )
  })

  it("fails only the item a run cannot take, and runs the others", async () => {
    const done: string[] = []
    const queue = batchedRuns<string>(
      container(),
      "poisoned",
      async (items) => {
        if (items.includes("bad")) {
          throw new Error("cannot run bad")
        }
        done.push(...items)
      },
      { keyOf: (t) => t }
    )
    const outcomes = await Promise.allSettled(
      ["a", "b", "bad", "c", "d"].map((t) => queue.submit(t))
    )
    expect(outcomes.map((o) => o.status)).toEqual([
      "fulfilled",
      "fulfilled",
      "rejected",
      "fulfilled",
      "fulfilled",
    ])
    expect(done.sort()).toEqual(["a", "b", "c", "d"])
  })

  it("holds a key's next item until the run holding its earlier one finished", async () => {
    const runs: string[][] = []
    let release!: () => void
    const queue = batchedRuns<{ key: string; n: number }>(
      container(),
      "ordered",
      async (items) => {
        runs.push(items.map((i) => `${i.key}${i.n}`))
        if (runs.length === 1) {
          await new Promise<void>((resolve) => (release = resolve))
        }
      },
      { keyOf: (i) => i.key }
    )
    const first = queue.submit({ key: "t", n: 1 })
    await tick()
    const second = queue.submit({ key: "t", n: 2 })
    const other = queue.submit({ key: "u", n: 1 })
    await other
    expect(runs).toEqual([["t1"], ["u1"]])
    release()
    await Promise.all([first, second])
    expect(runs).toEqual([["t1"], ["u1"], ["t2"]])
  })
})

describe("roundsByKey", () => {
  it("puts each key once in a round, in order, later items of a key in later rounds", () => {
    const items = ["a1", "b1", "a2", "c1", "a3", "b2"]
    expect(roundsByKey(items, (i) => i[0])).toEqual([
      ["a1", "b1", "c1"],
      ["a2", "b2"],
      ["a3"],
    ])
  })

  it("answers no rounds for no items", () => {
    expect(roundsByKey([], String)).toEqual([])
  })
})
