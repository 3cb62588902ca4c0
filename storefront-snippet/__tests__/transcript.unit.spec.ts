import type { WireMessage } from "../../src/types/realtime"
import { Transcript } from "../transcript"

const message = (
  seq: number,
  overrides: Partial<WireMessage> = {}
): WireMessage => ({
  id: `hdm_${seq}`,
  ticket_id: "hdt_1",
  seq,
  client_id: null,
  author_type: "customer",
  author_name: null,
  body: `message ${seq}`,
  kind: "message",
  created_at: "2026-11-24T12:00:00.000Z",
  attachments: [],
  ...overrides,
})

describe("Transcript", () => {
  it("keeps messages ordered by seq whatever order they arrive in", () => {
    const transcript = new Transcript()
    transcript.merge([message(3), message(1)])
    transcript.merge([message(2)])
    expect(transcript.list().map((m) => m.seq)).toEqual([1, 2, 3])
    expect(transcript.lastSeq).toBe(3)
  })

  it("keeps a message once when a replay overlaps live events", () => {
    const transcript = new Transcript()
    expect(transcript.merge([message(1), message(2)])).toHaveLength(2)
    expect(
      transcript.merge([message(2), message(3)]).map((m) => m.seq)
    ).toEqual([3])
    // the same seq under another id is not shown twice either
    expect(transcript.merge([message(3, { id: "hdm_other" })])).toEqual([])
    expect(transcript.list()).toHaveLength(3)
  })

  it("knows which client_ids the server has stored", () => {
    const transcript = new Transcript()
    transcript.merge([message(1, { client_id: "abc" })])
    expect(transcript.hasClientId("abc")).toBe(true)
    expect(transcript.hasClientId("def")).toBe(false)
  })

  it("leaves gaps alone: internal notes never reach the shopper", () => {
    const transcript = new Transcript()
    transcript.merge([message(1), message(4)])
    expect(transcript.lastSeq).toBe(4)
    expect(transcript.list().map((m) => m.seq)).toEqual([1, 4])
  })

  it("replays from below a live message that skipped ahead, so the skipped one is fetched", () => {
    const transcript = new Transcript()
    transcript.mergeReplay([message(1), message(2)])
    transcript.merge([message(4)])

    expect(transcript.lastSeq).toBe(4)
    expect(transcript.replayedThrough).toBe(2)

    transcript.mergeReplay([message(3), message(4)])
    expect(transcript.replayedThrough).toBe(4)
    expect(transcript.list().map((m) => m.seq)).toEqual([1, 2, 3, 4])
  })
})
