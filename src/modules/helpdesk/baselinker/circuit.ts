import type { Clock } from "./clock"

export const BLOCK_PAUSE_MS = 5 * 60_000

export type CircuitState = "closed" | "open" | "half_open"

export type CircuitPass = { ok: true } | { ok: false; retry_at: number }

/**
 * After BaseLinker blocks the account no call goes out for the pause (a call during a block
 * may extend it); then exactly one probe is let through. The probe's success closes the
 * circuit; another block opens it for a new pause; any other failure frees the probe slot so
 * the next look probes again.
 */
export class BlockCircuit {
  private openUntil: number | null = null
  private probing = false

  constructor(
    private readonly clock: Clock,
    private readonly pauseMs = BLOCK_PAUSE_MS
  ) {}

  get state(): CircuitState {
    if (this.openUntil === null) {
      return "closed"
    }
    return this.clock.now() < this.openUntil ? "open" : "half_open"
  }

  /** when calls resume, while the circuit is open */
  get retryAt(): number | null {
    return this.state === "open" ? this.openUntil : null
  }

  /** asks to make one call */
  pass(): CircuitPass {
    const state = this.state
    if (state === "closed") {
      return { ok: true }
    }
    if (state === "open") {
      return { ok: false, retry_at: this.openUntil! }
    }
    if (this.probing) {
      // the probe is on its way; others wait for its outcome
      return { ok: false, retry_at: this.clock.now() + 5_000 }
    }
    this.probing = true
    return { ok: true }
  }

  succeeded(): void {
    this.openUntil = null
    this.probing = false
  }

  blocked(): void {
    this.openUntil = this.clock.now() + this.pauseMs
    this.probing = false
  }

  /** a call failed for another reason than a block */
  failed(): void {
    this.probing = false
  }
}
