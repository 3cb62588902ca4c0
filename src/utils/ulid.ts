import { randomBytes } from "node:crypto"

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
let pool = Buffer.alloc(0)
let at = 0

/**
 * A ULID (10 characters of time, 16 random, Crockford's base 32), drawing its randomness from
 * a pooled buffer: the ULID library Medusa uses reads the system's randomness once per
 * character, which on a busy chat costs more than the work the id names.
 */
export function ulid(): string {
  if (at + 16 > pool.length) {
    pool = randomBytes(4096)
    at = 0
  }
  let time = Date.now()
  let id = ""
  for (let i = 0; i < 10; i++) {
    id = CROCKFORD[time % 32] + id
    time = Math.floor(time / 32)
  }
  for (let i = 0; i < 16; i++) {
    id += CROCKFORD[pool[at++] & 31]
  }
  return id
}

/**
 * The context of a workflow run started on the chat's hot path: its run id drawn by `ulid`
 * above instead of by the workflow engine.
 */
export const hotRunContext = () => ({ runId: ulid() })
