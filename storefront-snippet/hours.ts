/**
 * Opening hours are computed on the server, in the channel's time zone. The widget only
 * knows when the state flips next and asks again at that moment.
 */

/**
 * Under setTimeout's ceiling (about 24.8 days), beyond which a delay fires at once: 2e9 ms (23
 * days) takes fewer of loader.js's bytes than the ceiling itself, and a flip further off is
 * asked about again then.
 */
const MAX_DELAY = 2e9
/** Lets the server's clock pass the boundary before we ask. */
const MARGIN = 1000
/** When a refetch brought no change, the page's clock is ahead of the server's. */
const SKEW_RETRY = 30000

/**
 * Milliseconds until the widget should fetch its config again, or 0 when nothing will
 * change. `previous` is the `next_change_at` seen before the last fetch.
 */
export function flipDelay(
  nextChangeAt: string | null,
  now: number,
  previous?: string | null
): number {
  // Date.parse(null) is NaN, like any other unreadable value
  const at = Date.parse(nextChangeAt!)
  return at
    ? Math.min(
        Math.max(at - now, nextChangeAt == previous ? SKEW_RETRY : 0) + MARGIN,
        MAX_DELAY
      )
    : 0
}
