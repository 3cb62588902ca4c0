import type { MedusaContainer } from "@medusajs/framework/types"
import { isTransientDatabaseError } from "../realtime/errors"
import { GroupCommit, type GroupCommitOptions } from "../realtime/group-commit"

const queues = new WeakMap<object, Map<string, GroupCommit<unknown, void>>>()

export type BatchedRunOptions<T> = Pick<
  GroupCommitOptions<T>,
  | "keyOf"
  | "maxBatch"
  | "concurrency"
  | "lingerMs"
  | "quietMs"
  | "minIntervalMs"
>

/**
 * One queue per container and name through which subscribers start a workflow for many
 * events at once: events arriving while a run is under way (or within `lingerMs` of each other
 * while they keep coming) go into the next run together, so the fixed cost of a workflow run
 * is shared instead of paid per message. Each `submit` resolves when the run holding its item
 * finished and rejects with that run's error, so the event bus sees a failed subscriber as
 * before. A run that fails for a transient database reason is retried; one that fails for any
 * other reason is split until only the item that causes it fails. Items with the same key are
 * never in two runs at once and keep their order.
 */
export function batchedRuns<T>(
  container: MedusaContainer,
  name: string,
  run: (items: T[]) => Promise<void>,
  options: BatchedRunOptions<T>
): GroupCommit<T, void> {
  let byName = queues.get(container)
  if (!byName) {
    byName = new Map()
    queues.set(container, byName)
  }
  let queue = byName.get(name) as GroupCommit<T, void> | undefined
  if (!queue) {
    queue = new GroupCommit<T, void>(
      async (items) => {
        await run(items)
        return items.map(() => undefined)
      },
      { isTransient: isTransientDatabaseError, ...options }
    )
    byName.set(name, queue as GroupCommit<unknown, void>)
  }
  return queue
}

/**
 * Splits items into rounds in which each key appears at most once, keeping each key's order:
 * a run that reads a ticket before acting on it must not see two events of one ticket at once.
 */
export function roundsByKey<T>(items: T[], keyOf: (item: T) => string): T[][] {
  const rounds: T[][] = []
  const seen = new Map<string, number>()
  for (const item of items) {
    const key = keyOf(item)
    const round = seen.get(key) ?? 0
    seen.set(key, round + 1)
    ;(rounds[round] ??= []).push(item)
  }
  return rounds
}
