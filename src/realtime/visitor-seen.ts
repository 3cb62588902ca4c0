import type { Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { recordVisitorSeenWorkflow } from "../workflows/email-replies/workflows/record-visitor-seen"
import type { Realtime } from "./server"

/** Confirmations are gathered this long, then written in one run. */
export const SEEN_FLUSH_MS = 1000

/**
 * What shoppers' widgets confirm holding, per ticket, written a second at a time: however many
 * confirmations arrive, a ticket costs at most one write a second per instance. The quiet
 * period before a reply is e-mailed is a minute or more, so the second is never felt. A
 * confirmation lost with the process costs at most an e-mail the shopper did not need.
 */
export class VisitorSeenMarks {
  private pending = new Map<string, number>()
  private timer: ReturnType<typeof setTimeout> | undefined
  private flushing: Promise<void> = Promise.resolve()

  constructor(
    private readonly realtime: Realtime,
    private readonly flushMs = SEEN_FLUSH_MS
  ) {}

  /** The shopper's widget holds every message of the ticket up to `seq`. */
  mark(ticketId: string, seq: number): void {
    if (seq <= (this.pending.get(ticketId) ?? 0)) {
      return
    }
    this.pending.set(ticketId, seq)
    if (!this.timer) {
      this.timer = setTimeout(() => void this.flush(), this.flushMs)
      this.timer.unref?.()
    }
  }

  /** Writes what is gathered now (the timer calls it; so does a shutdown). */
  flush(): Promise<void> {
    clearTimeout(this.timer)
    this.timer = undefined
    if (!this.pending.size) {
      return this.flushing
    }
    const marks = [...this.pending].map(([ticket_id, seq]) => ({
      ticket_id,
      seq,
    }))
    this.pending = new Map()
    const container = this.realtime.container
    this.flushing = this.flushing.then(() =>
      recordVisitorSeenWorkflow(container)
        .run({ input: { marks } })
        .then(
          () => undefined,
          (err: unknown) =>
            container
              .resolve<Logger>(ContainerRegistrationKeys.LOGGER)
              .warn(
                `Helpdesk: ${marks.length} shoppers' read confirmations were not stored (${err instanceof Error ? err.message : String(err)}); their replies may be e-mailed although they saw them.`
              )
        )
    )
    return this.flushing
  }
}

const marks = new WeakMap<Realtime, VisitorSeenMarks>()

/** The confirmations of this socket server, from sockets and HTTP replays alike. */
export function visitorSeenMarks(realtime: Realtime): VisitorSeenMarks {
  let found = marks.get(realtime)
  if (!found) {
    found = new VisitorSeenMarks(realtime)
    marks.set(realtime, found)
  }
  return found
}
