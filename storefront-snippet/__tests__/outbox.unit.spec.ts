import { newClientId, Outbox, type OutboxEntry } from "../outbox"

describe("Outbox", () => {
  it("saves each message with its client_id until the server confirms it", () => {
    const saved: OutboxEntry[][] = []
    const outbox = new Outbox(null, (entries) => saved.push(entries))
    const first = outbox.add("hello")
    const second = outbox.add("are you there?")
    expect(saved[saved.length - 1]).toEqual([
      { client_id: first.client_id, body: "hello" },
      { client_id: second.client_id, body: "are you there?" },
    ])

    expect(outbox.remove(first.client_id)).toBe(true)
    expect(outbox.remove(first.client_id)).toBe(false)
    expect(saved[saved.length - 1]).toEqual([
      { client_id: second.client_id, body: "are you there?" },
    ])
  })

  it("picks up what an earlier page saved, ignoring anything malformed", () => {
    const outbox = new Outbox(
      [
        { client_id: "a", body: "kept" },
        { client_id: 1, body: "x" },
        null,
        "junk",
      ],
      () => undefined
    )
    expect(outbox.entries).toEqual([{ client_id: "a", body: "kept" }])
    expect(new Outbox({ not: "a list" }, () => undefined).entries).toEqual([])
  })

  it("marks a failed send without saving the failure", () => {
    const saved: OutboxEntry[][] = []
    const outbox = new Outbox([{ client_id: "a", body: "hi" }], (entries) =>
      saved.push(entries)
    )
    outbox.mark("a", "You are sending messages too fast.")
    expect(outbox.get("a")?.error).toBe("You are sending messages too fast.")
    outbox.mark("a", undefined)
    expect(outbox.get("a")?.error).toBeUndefined()
    outbox.clear()
    expect(saved[saved.length - 1]).toEqual([])
  })
})

describe("newClientId", () => {
  const original = Object.getOwnPropertyDescriptor(globalThis, "crypto")
  afterEach(() => {
    Object.defineProperty(globalThis, "crypto", original!)
  })

  it("is a random UUID where the browser offers one", () => {
    expect(newClientId()).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
    )
    expect(newClientId()).not.toBe(newClientId())
  })

  it("is 32 random hex digits without crypto.randomUUID (pages served over plain http)", () => {
    const real = globalThis.crypto
    Object.defineProperty(globalThis, "crypto", {
      configurable: true,
      value: { getRandomValues: (a: Uint8Array) => real.getRandomValues(a) },
    })
    expect(newClientId()).toMatch(/^[0-9a-f]{32}$/)
    Object.defineProperty(globalThis, "crypto", {
      configurable: true,
      value: undefined,
    })
    expect(newClientId()).toMatch(/^[0-9a-f]{32}$/)
  })

  it("keeps a message's uploaded files across page loads, and drops malformed ones", () => {
    const saved: OutboxEntry[][] = []
    const photo = {
      id: "hdatt_1",
      name: "mug.jpg",
      mime_type: "image/jpeg" as const,
      size: 10,
    }
    const outbox = new Outbox(null, (entries) => saved.push(entries))
    const entry = outbox.add("", [photo])
    expect(saved[saved.length - 1]).toEqual([
      { client_id: entry.client_id, body: "", attachments: [photo] },
    ])
    const next = new Outbox(
      [
        ...saved[saved.length - 1],
        { client_id: "b", body: "x", attachments: [null, { id: 1 }, photo] },
      ],
      () => undefined
    )
    expect(next.entries).toEqual([
      { client_id: entry.client_id, body: "", attachments: [photo] },
      { client_id: "b", body: "x", attachments: [photo] },
    ])
  })
})
