type Waiting<TIn, TOut> = {
  item: TIn
  key: string
  resolve: (out: TOut) => void
  reject: (err: unknown) => void
}

export type RetryPolicy = {
  /** Most attempts of one write, the first included. */
  attempts: number
  /** No retry starts later than this many ms after the first attempt. */
  withinMs: number
  /** Wait before the first retry; it doubles with each retry up to `maxDelayMs`. */
  delayMs: number
  maxDelayMs: number
}

export type GroupCommitOptions<TIn> = {
  /** Items with the same key are written in submission order, never in two batches at once. */
  keyOf: (item: TIn) => string
  /** Most items in one batch. */
  maxBatch?: number
  /** Most batches being written at the same time. */
  concurrency?: number
  /**
   * Whether a failed write may succeed when tried again unchanged (a lost connection, a
   * serialization failure, a deadlock, a database shutting down). Such writes are retried
   * within `retry`; any other failure is the batch's content and is narrowed down instead.
   */
  isTransient?: (err: unknown) => boolean
  retry?: Partial<RetryPolicy>
  /**
   * While items keep coming (the one before arrived less than `quietMs` earlier), the first
   * item of a batch waits up to this many ms for company, so a steady trickle shares runs.
   * An item after a quiet spell goes at once. 0 (the default) never waits.
   */
  lingerMs?: number
  quietMs?: number
  /**
   * Batches start at least this many ms apart: under steady load each run takes what arrived
   * since the last one began, instead of runs following each other with an item or two each.
   * A first item after a quiet spell still goes at once, and a backlog that already fills a
   * batch is not held back: the pace gathers company, it does not throttle. 0 (the default)
   * never waits.
   */
  minIntervalMs?: number
}

export const DEFAULT_RETRY: RetryPolicy = {
  attempts: 8,
  withinMs: 10_000,
  delayMs: 50,
  maxDelayMs: 2_000,
}

const sleep = (ms: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * Collects work arriving while batches are being written and writes it as the next batch
 * (PostgreSQL's group commit, one level up). A lone item goes out at once; under load each
 * batch carries everything that arrived meanwhile, so the fixed cost of a transaction is
 * shared instead of paid per message. A few batches may be written at once while the
 * database answers, but never two holding the same key, so each key's items are written in
 * the order they were submitted.
 *
 * A batch never fails its neighbours: a write that fails for a transient reason is tried
 * again (bounded in attempts and time); one that fails for any other reason is split in
 * halves, each written on its own, until the failing item stands alone and only it is
 * rejected. The halves go in order, so a key's items still land in submission order.
 */
export class GroupCommit<TIn, TOut> {
  private waiting: Waiting<TIn, TOut>[] = []
  private readonly busyKeys = new Set<string>()
  private inFlight = 0
  private scheduled = false
  private readonly keyOf: (item: TIn) => string
  private readonly maxBatch: number
  private readonly concurrency: number
  private readonly isTransient: (err: unknown) => boolean
  private readonly retry: RetryPolicy
  private readonly lingerMs: number
  private readonly quietMs: number
  private lastSubmitAt = -Infinity
  private readonly minIntervalMs: number
  private lastBatchAt = -Infinity
  private paced: ReturnType<typeof setTimeout> | undefined

  constructor(
    private readonly write: (items: TIn[]) => Promise<(TOut | Error)[]>,
    {
      keyOf,
      maxBatch = 256,
      concurrency = 4,
      isTransient = () => false,
      retry = {},
      lingerMs = 0,
      quietMs = 25,
      minIntervalMs = 0,
    }: GroupCommitOptions<TIn>
  ) {
    this.minIntervalMs = minIntervalMs
    this.lingerMs = lingerMs
    this.quietMs = quietMs
    this.keyOf = keyOf
    this.maxBatch = maxBatch
    this.concurrency = concurrency
    this.isTransient = isTransient
    this.retry = { ...DEFAULT_RETRY, ...retry }
  }

  /** Resolves with this item's outcome once its batch is written. */
  submit(item: TIn): Promise<TOut> {
    return new Promise<TOut>((resolve, reject) => {
      this.waiting.push({ item, key: this.keyOf(item), resolve, reject })
      this.schedule()
    })
  }

  private schedule(): void {
    const now = performance.now()
    const flowing = now - this.lastSubmitAt < this.quietMs
    this.lastSubmitAt = now
    if (this.scheduled) {
      return
    }
    this.scheduled = true
    const go = () => {
      this.scheduled = false
      this.pump()
    }
    if (this.lingerMs > 0 && flowing) {
      setTimeout(go, this.lingerMs)
    } else {
      // items submitted in the same turn of the event loop join one batch
      setImmediate(go)
    }
  }

  private pump(): void {
    while (this.inFlight < this.concurrency && this.waiting.length) {
      const wait = this.lastBatchAt + this.minIntervalMs - performance.now()
      if (wait > 0 && this.waiting.length < this.maxBatch) {
        this.paced ??= setTimeout(() => {
          this.paced = undefined
          this.pump()
        }, wait)
        return
      }
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
      this.lastBatchAt = performance.now()
      void this.run(batch)
    }
  }

  private async run(batch: Waiting<TIn, TOut>[]): Promise<void> {
    this.inFlight++
    const keys = new Set(batch.map((w) => w.key))
    keys.forEach((k) => this.busyKeys.add(k))
    try {
      await this.settle(batch)
    } finally {
      keys.forEach((k) => this.busyKeys.delete(k))
      this.inFlight--
      this.pump()
    }
  }

  /** Writes the items and settles each of them; never throws. */
  private async settle(batch: Waiting<TIn, TOut>[]): Promise<void> {
    let outcomes: (TOut | Error)[]
    try {
      outcomes = await this.writeRetrying(batch.map((w) => w.item))
    } catch (err) {
      // a transient failure that outlasted its retries would meet every part alike
      if (batch.length === 1 || this.isTransient(err)) {
        batch.forEach((w) => w.reject(err))
        return
      }
      const half = Math.ceil(batch.length / 2)
      await this.settle(batch.slice(0, half))
      await this.settle(batch.slice(half))
      return
    }
    batch.forEach((w, i) => {
      const outcome = outcomes[i]
      if (outcome instanceof Error) {
        w.reject(outcome)
      } else if (i >= outcomes.length) {
        w.reject(new Error("The write returned fewer outcomes than items."))
      } else {
        w.resolve(outcome)
      }
    })
  }

  private writeRetrying(items: TIn[]): Promise<(TOut | Error)[]> {
    return retryTransient(() => this.write(items), this.isTransient, this.retry)
  }
}

/**
 * Runs `task` again while it fails for a transient reason, within the policy's attempts and
 * time, waiting longer each time; any other failure, or the last one, is thrown.
 */
export async function retryTransient<T>(
  task: () => Promise<T>,
  isTransient: (err: unknown) => boolean,
  policy: Partial<RetryPolicy> = {}
): Promise<T> {
  const { attempts, withinMs, delayMs, maxDelayMs } = {
    ...DEFAULT_RETRY,
    ...policy,
  }
  const startedAt = Date.now()
  for (let attempt = 1; ; attempt++) {
    try {
      return await task()
    } catch (err) {
      const delay = Math.min(maxDelayMs, delayMs * 2 ** (attempt - 1))
      if (
        attempt >= attempts ||
        Date.now() + delay - startedAt > withinMs ||
        !isTransient(err)
      ) {
        throw err
      }
      await sleep(delay)
    }
  }
}
