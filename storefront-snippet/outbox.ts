/**
 * Messages the shopper wrote that the server has not confirmed yet. Each keeps its
 * `client_id` across resends, so the server stores it once however often it arrives. The
 * list is saved after every change: a message typed just before the tab closed is sent on the
 * next visit.
 */
import type { WireAttachmentUpload } from "../src/types/attachment"

export type OutboxEntry = {
  client_id: string
  body: string
  /** Files uploaded already; every resend names the same ones, which the server links once. */
  attachments?: WireAttachmentUpload[]
  /** Set when a send was refused or timed out: the panel offers "Retry". Not saved. */
  error?: string | null
}

/** A random UUID; plain random hex where `crypto.randomUUID` is missing (insecure origins). */
export function newClientId(): string {
  const c = typeof crypto == "object" ? crypto : null
  if (c && typeof c.randomUUID == "function") {
    return c.randomUUID()
  }
  const bytes = new Uint8Array(16)
  if (c) {
    c.getRandomValues(bytes)
  } else {
    bytes.forEach((_, i) => (bytes[i] = Math.floor(Math.random() * 256)))
  }
  return Array.prototype.map
    .call(bytes, (b: number) => (b + 256).toString(16).slice(1))
    .join("")
}

export class Outbox {
  entries: OutboxEntry[]

  constructor(
    saved: unknown,
    private save: (entries: OutboxEntry[]) => void
  ) {
    this.entries = Array.isArray(saved)
      ? saved
          .filter(
            (e: Partial<OutboxEntry> | null): e is OutboxEntry =>
              !!e && typeof e.client_id == "string" && typeof e.body == "string"
          )
          .map(({ client_id, body, attachments }) =>
            Array.isArray(attachments)
              ? {
                  client_id,
                  body,
                  attachments: attachments.filter(
                    (a) =>
                      a && typeof a.id == "string" && typeof a.name == "string"
                  ),
                }
              : { client_id, body }
          )
      : []
  }

  add(body: string, attachments?: WireAttachmentUpload[]): OutboxEntry {
    const entry: OutboxEntry = { client_id: newClientId(), body }
    if (attachments && attachments.length) {
      entry.attachments = attachments
    }
    this.entries.push(entry)
    this.persist()
    return entry
  }

  get(clientId: string): OutboxEntry | undefined {
    return this.entries.filter((e) => e.client_id == clientId)[0]
  }

  remove(clientId: string): boolean {
    const before = this.entries.length
    this.entries = this.entries.filter((e) => e.client_id != clientId)
    if (this.entries.length == before) {
      return false
    }
    this.persist()
    return true
  }

  /** `error` undefined puts the entry back in the queue; a string or null marks it failed. */
  mark(clientId: string, error: string | null | undefined): void {
    const entry = this.get(clientId)
    if (entry) {
      entry.error = error
    }
  }

  clear(): void {
    this.entries = []
    this.persist()
  }

  private persist() {
    this.save(
      this.entries.map(({ client_id, body, attachments }) => ({
        client_id,
        body,
        attachments,
      }))
    )
  }
}
