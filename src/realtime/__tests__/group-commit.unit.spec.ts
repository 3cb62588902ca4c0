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

/** A write that answers at once, recording each batch's numbers and when it started. */
function recordingWriter() {
  const batches: number[][] = []
  const starts: number[] = []
  const write = async (items: Item[]) => {
    batches.push(items.map((i) => i.n))
    starts.push(performance.now())
    return items.map((i) => i.n)
  }
  return { batches, starts, write }
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

  it("rejects a lone item whose write fails and goes on with the next", async () => {
    let calls = 0
    const commit = new GroupCommit<Item, number>(
      async (items) => {
        calls++
        if (calls === 1) {
          throw new Error("bad row")
        }
        return items.map((i) => i.n)
      },
      { keyOf: byKey }
    )
    await expect(commit.submit(item("a", 1))).rejects.toThrow("bad row")
    await expect(commit.submit(item("a", 2))).resolves.toBe(2)
  })

  it("fails only the poisoned item of a failing batch; its neighbours are stored in order", async () => {
    const stored: number[] = []
    const sizes: number[] = []
    const commit = new GroupCommit<Item, number>(
      async (items) => {
        sizes.push(items.length)
        // one bad row fails the whole statement, as in PostgreSQL
        if (items.some((i) => i.n === 13)) {
          throw Object.assign(new Error("invalid byte sequence"), {
            code: "22021",
          })
        }
        stored.push(...items.map((i) => i.n))
        return items.map((i) => i.n)
      },
      { keyOf: byKey, isTransient: () => false }
    )
    const numbers = Array.from({ length: 40 }, (_, i) => i + 1)
    const results = await Promise.allSettled(
      numbers.map((n) => commit.submit(item(`t${n % 4}`, n)))
    )

    expect(
      results.flatMap((r, i) => (r.status === "rejected" ? [numbers[i]] : []))
    ).toEqual([13])
    expect(results[12]).toMatchObject({
      status: "rejected",
      reason: { code: "22021" },
    })
    expect([...stored].sort((a, b) => a - b)).toEqual(
      numbers.filter((n) => n !== 13)
    )
    // each ticket's items still land in submission order
    for (const t of [0, 1, 2, 3]) {
      const ofTicket = stored.filter((n) => n % 4 === t)
      expect(ofTicket).toEqual([...ofTicket].sort((a, b) => a - b))
    }
    // bisection, not one write per item
    expect(sizes.length).toBeLessThan(20)
  })

  it("keeps a ticket's later items waiting while its failing batch is narrowed down", async () => {
    const order: number[] = []
    let first = true
    const commit = new GroupCommit<Item, number>(
      async (items) => {
        if (first) {
          first = false
          await tick()
          throw new Error("bad row")
        }
        if (items.some((i) => i.n === 1)) {
          throw new Error("bad row")
        }
        order.push(...items.map((i) => i.n))
        return items.map((i) => i.n)
      },
      { keyOf: byKey }
    )
    const a = commit.submit(item("t", 1))
    const b = commit.submit(item("t", 2))
    await tick()
    const c = commit.submit(item("t", 3))
    await expect(a).rejects.toThrow("bad row")
    expect(await Promise.all([b, c])).toEqual([2, 3])
    expect(order).toEqual([2, 3])
  })

  it("retries a transient failure and answers nobody until the write succeeds", async () => {
    let calls = 0
    const commit = new GroupCommit<Item, number>(
      async (items) => {
        calls++
        if (calls <= 2) {
          throw Object.assign(new Error("Connection terminated"), {
            code: "57P01",
          })
        }
        return items.map((i) => i.n)
      },
      {
        keyOf: byKey,
        isTransient: (err) => (err as { code?: string }).code === "57P01",
        retry: { delayMs: 1 },
      }
    )
    expect(
      await Promise.all([
        commit.submit(item("a", 1)),
        commit.submit(item("b", 2)),
      ])
    ).toEqual([1, 2])
    expect(calls).toBe(3)
  })

  it("gives up on a transient failure after the attempts allowed, failing the batch without splitting it", async () => {
    const sizes: number[] = []
    const commit = new GroupCommit<Item, number>(
      async (items) => {
        sizes.push(items.length)
        throw Object.assign(new Error("connect ECONNREFUSED"), {
          code: "ECONNREFUSED",
        })
      },
      {
        keyOf: byKey,
        isTransient: () => true,
        retry: { attempts: 3, delayMs: 1 },
      }
    )
    const results = await Promise.allSettled([
      commit.submit(item("a", 1)),
      commit.submit(item("b", 2)),
    ])
    expect(results.map((r) => r.status)).toEqual(["rejected", "rejected"])
    expect(sizes).toEqual([2, 2, 2])
  })

  it("stops retrying a transient failure once the time allowed is spent", async () => {
    let calls = 0
    const commit = new GroupCommit<Item, number>(
      async () => {
        calls++
        throw new Error("the database system is starting up")
      },
      {
        keyOf: byKey,
        isTransient: () => true,
        retry: { attempts: 100, withinMs: 60, delayMs: 20, maxDelayMs: 20 },
      }
    )
    const startedAt = Date.now()
    await expect(commit.submit(item("a", 1))).rejects.toThrow("starting up")
    expect(Date.now() - startedAt).toBeLessThan(1000)
    expect(calls).toBeGreaterThan(1)
    expect(calls).toBeLessThanOrEqual(4)
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

  it("sends an item after a quiet spell at once, and lets a steady trickle wait a few ms to share a batch", async () => {
    const { batches, write } = recordingWriter()
    const commit = new GroupCommit<Item, number>(write, {
      keyOf: byKey,
      lingerMs: 300,
      quietMs: 5000,
    })
    const startedAt = Date.now()
    await commit.submit(item("a", 1))
    // a lone item does not linger
    expect(Date.now() - startedAt).toBeLessThan(200)

    const trickle = [2, 3, 4].map(async (n, i) => {
      await new Promise((resolve) => setTimeout(resolve, i * 5))
      return commit.submit(item(`t${n}`, n))
    })
    expect(await Promise.all(trickle)).toEqual([2, 3, 4])
    expect(batches).toEqual([[1], [2, 3, 4]])
  })

  it("starts batches at least minIntervalMs apart, the next one taking all that arrived meanwhile", async () => {
    const { batches, starts, write } = recordingWriter()
    const commit = new GroupCommit<Item, number>(write, {
      keyOf: byKey,
      minIntervalMs: 60,
    })
    const first = commit.submit(item("t1", 1))
    await first
    expect(batches).toEqual([[1]])
    const later = [2, 3, 4].map((n) => commit.submit(item(`t${n}`, n)))
    await tick()
    expect(batches).toHaveLength(1)
    await Promise.all(later)
    expect(batches).toEqual([[1], [2, 3, 4]])
    expect(starts[1] - starts[0]).toBeGreaterThanOrEqual(55)
  })

  it("does not hold back a backlog that already fills a batch: full batches follow each other at once", async () => {
    const { batches, starts, write } = recordingWriter()
    const commit = new GroupCommit<Item, number>(write, {
      keyOf: byKey,
      minIntervalMs: 1_000,
      maxBatch: 2,
      concurrency: 1,
    })
    const started = performance.now()
    await Promise.all(
      [1, 2, 3, 4, 5, 6, 7].map((n) => commit.submit(item(`t${n}`, n)))
    )
    // three full batches without waiting; the last, lone item keeps the pace
    expect(batches).toEqual([[1, 2], [3, 4], [5, 6], [7]])
    expect(starts[2] - started).toBeLessThan(500)
    expect(starts[3] - starts[2]).toBeGreaterThanOrEqual(950)
  })
})
