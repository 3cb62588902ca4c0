/**
 * The conversation as received. Live events, acks, replays and HTTP polls overlap; each
 * message is kept once (by id and by seq) and the list stays ordered by seq.
 */
import type { WireMessage } from "../src/types/realtime"

export class Transcript {
  private ids = new Set<string>()
  private seqs = new Set<number>()
  private clientIds = new Set<string>()
  private messages: WireMessage[] = []
  /** Highest seq held (for the unread count). */
  lastSeq = 0
  /**
   * Seq through which everything is known to be held: only replay answers move it, since live
   * events may arrive out of order and a gap below the highest seq must be asked for again.
   */
  replayedThrough = 0

  /** Adds the messages not held yet and returns them. */
  merge(incoming: WireMessage[]): WireMessage[] {
    const added = incoming.filter((m) => {
      if (
        !m ||
        typeof m.seq != "number" ||
        this.ids.has(m.id) ||
        this.seqs.has(m.seq)
      ) {
        return false
      }
      this.ids.add(m.id)
      this.seqs.add(m.seq)
      if (m.client_id) {
        this.clientIds.add(m.client_id)
      }
      this.lastSeq = Math.max(this.lastSeq, m.seq)
      return true
    })
    if (added.length) {
      this.messages = this.messages.concat(added).sort((a, b) => a.seq - b.seq)
    }
    return added
  }

  /** Merges a replay answer and moves the replay cursor past it. */
  mergeReplay(incoming: WireMessage[]): WireMessage[] {
    for (const m of incoming) {
      if (m && typeof m.seq == "number") {
        this.replayedThrough = Math.max(this.replayedThrough, m.seq)
      }
    }
    return this.merge(incoming)
  }

  list(): readonly WireMessage[] {
    return this.messages
  }

  hasClientId(clientId: string): boolean {
    return this.clientIds.has(clientId)
  }
}
