type Waiting<TIn, TOut> = {
  item: TIn
  key: string
  resolve: (out: TOut) => void
  reject: (err: unknown) => void
}

export type GroupCommitOptions<TIn> = {
  /** Items with the same key are written in submission order, never in two batches at once. */
  keyOf: (item: TIn) => string
  /** Most items in one batch. */
  maxBatch?: number
  /** Most batches being written at the same time. */
  concurrency?: number
}

/**
 * Collects work arriving while batches are being written and writes it as the next batch
 * (PostgreSQL's group commit, one level up). A lone item goes out at once; under load each
 * batch carries everything that arrived meanwhile, so the fixed cost of a transaction is
 * shared instead of paid per message. A few batches may be written at once while the
 * database answers, but never two holding the same key, so each key's items are written in
 * the order they were submitted.
 */
export class GroupCommit<TIn, TOut> {
  private waiting: Waiting<TIn, TOut>[] = []
  private readonly busyKeys = new Set<string>()
  private inFlight = 0
  private scheduled = false
  private readonly keyOf: (item: TIn) => string
  private readonly maxBatch: number
  private readonly concurrency: number

  constructor(
    private readonly write: (items: TIn[]) => Promise<(TOut | Error)[]>,
    { keyOf, maxBatch = 256, concurrency = 4 }: GroupCommitOptions<TIn>
  ) {
    this.keyOf = keyOf
    this.maxBatch = maxBatch
    this.concurrency = concurrency
  }

  /** Resolves with this item's outcome once its batch is written. */
  submit(item: TIn): Promise<TOut> {
    return new Promise<TOut>((resolve, reject) => {
      this.waiting.push({ item, key: this.keyOf(item), resolve, reject })
      this.schedule()
    })
  }

  private schedule(): void {
    if (!this.scheduled) {
      this.scheduled = true
      // items submitted in the same turn of the event loop join one batch
      setImmediate(() => {
        this.scheduled = false
        this.pump()
      })
    }
  }

  private pump(): void {
    while (this.inFlight < this.concurrency && this.waiting.length) {
      const batch: Waiting<TIn, TOut>[] = []
      const rest: Waiting<TIn, TOut>[] = []
      // once an item of a key waits, the later items of that key wait behind it
      const held = new Set<string>()
      for (const w of this.waiting) {
        if (
          batch.length < this.maxBatch &&
          !this.busyKeys.has(w.key) &&
          !held.has(w.key)
        ) {
          batch.push(w)
        } else {
          rest.push(w)
          held.add(w.key)
        }
      }
      if (!batch.length) {
        return
      }
      this.waiting = rest
      void this.run(batch)
    }
  }

  private async run(batch: Waiting<TIn, TOut>[]): Promise<void> {
    this.inFlight++
    const keys = new Set(batch.map((w) => w.key))
    keys.forEach((k) => this.busyKeys.add(k))
    try {
      const outcomes = await this.write(batch.map((w) => w.item))
      batch.forEach((w, i) => {
        const outcome = outcomes[i]
        if (outcome instanceof Error) {
          w.reject(outcome)
        } else {
          w.resolve(outcome)
        }
      })
    } catch (err) {
      batch.forEach((w) => w.reject(err))
    } finally {
      keys.forEach((k) => this.busyKeys.delete(k))
      this.inFlight--
      this.pump()
    }
  }
}
