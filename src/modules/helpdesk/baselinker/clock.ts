/** Time as the BaseLinker code reads it, so tests can move it instead of waiting. */
export type Clock = {
  now(): number
  sleep(ms: number): Promise<void>
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
}

/** A clock that only moves when told to; `sleep` advances it at once. */
export class ManualClock implements Clock {
  constructor(private current = Date.UTC(2026, 0, 1)) {}

  now(): number {
    return this.current
  }

  advance(ms: number): void {
    this.current += ms
  }

  async sleep(ms: number): Promise<void> {
    this.current += ms
  }
}
