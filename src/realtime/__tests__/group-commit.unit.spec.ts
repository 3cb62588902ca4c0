import { GroupCommit } from "../group-commit"

const tick = () => new Promise((resolve) => setImmediate(resolve))
const byKey = (item: { key: string }) => item.key

type Item = { key: string; n: number }
const item = (key: string, n: number): Item => ({ key, n })

/** A write that holds each batch until released, recording what it was given. */
function heldWriter() {
  const batches: Item[][] = []
  const releases: (() => void)[] = []
  const write = async (items: Item[]) => {
    batches.push(items)
    await new Promise<void>((resolve) => releases.push(resolve))
    return items.map((i) => i.n)
  }
  return { batches, releases, write }
}

describe("GroupCommit", () => {
  it("writes what arrives while a key's batch is written as its next batch, in submission order", async () => {
    const w = heldWriter()
    const commit = new GroupCommit<Item, number>(w.write, { keyOf: byKey })

    const first = commit.submit(item("t1", 1))
    await tick()
    const later = [2, 3, 4].map((n) => commit.submit(item("t1", n)))
    await tick()
    expect(w.batches).toHaveLength(1)
    w.releases[0]()
    await tick()
    await tick()
    w.releases[1]()

    expect(await Promise.all([first, ...later])).toEqual([1, 2, 3, 4])
    expect(w.batches.map((b) => b.map((i) => i.n))).toEqual([[1], [2, 3, 4]])
  })

  it("writes another key's items at the same time instead of waiting", async () => {
    const w = heldWriter()
    const commit = new GroupCommit<Item, number>(w.write, { keyOf: byKey })

    const a = commit.submit(item("t1", 1))
    await tick()
    const b = commit.submit(item("t2", 2))
    const c = commit.submit(item("t1", 3))
    await tick()

    // t2 goes at once; t1's second item waits for t1's first batch
    expect(w.batches.map((x) => x.map((i) => i.n))).toEqual([[1], [2]])
    w.releases[1]()
    expect(await b).toBe(2)
    w.releases[0]()
    expect(await a).toBe(1)
    await tick()
    w.releases[2]()
    expect(await c).toBe(3)
    expect(w.batches.map((x) => x.map((i) => i.n))).toEqual([[1], [2], [3]])
  })

  it("keeps items submitted in the same turn together", async () => {
    const batches: Item[][] = []
    const commit = new GroupCommit<Item, number>(
      async (items) => {
        batches.push(items)
        return items.map((i) => i.n)
      },
      { keyOf: byKey }
    )
    await Promise.all(
      [item("a", 1), item("b", 2), item("a", 3)].map((i) => commit.submit(i))
    )
    expect(batches.map((b) => b.map((i) => i.n))).toEqual([[1, 2, 3]])
  })

  it("rejects only the items whose outcome is an error", async () => {
    const commit = new GroupCommit<Item, number>(
      async (items) =>
        items.map((i) => (i.n % 2 ? new Error(`odd ${i.n}`) : i.n)),
      { keyOf: byKey }
    )
    const results = await Promise.allSettled(
      [item("a", 1), item("a", 2)].map((i) => commit.submit(i))
    )
    expect(results).toEqual([
      { status: "rejected", reason: new Error("odd 1") },
      { status: "fulfilled", value: 2 },
    ])
  })

  it("rejects a failed batch and goes on with the next", async () => {
    let calls = 0
    const commit = new GroupCommit<Item, number>(
      async (items) => {
        calls++
        if (calls === 1) {
          throw new Error("database unavailable")
        }
        return items.map((i) => i.n)
      },
      { keyOf: byKey }
    )
    await expect(commit.submit(item("a", 1))).rejects.toThrow(
      "database unavailable"
    )
    await expect(commit.submit(item("a", 2))).resolves.toBe(2)
  })

  it("splits a backlog into batches no larger than the limit, one batch at a time when asked", async () => {
    const sizes: number[] = []
    const commit = new GroupCommit<Item, number>(
      async (items) => {
        sizes.push(items.length)
        return items.map((i) => i.n)
      },
      { keyOf: byKey, maxBatch: 2, concurrency: 1 }
    )
    await Promise.all(
      [1, 2, 3, 4, 5].map((n) => commit.submit(item(`t${n}`, n)))
    )
    expect(sizes).toEqual([2, 2, 1])
  })
})
