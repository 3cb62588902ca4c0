import { createStore, readSession, sessionKey } from "../storage"

/** A Storage whose every call throws, like Safari's in some privacy modes. */
const brokenStorage = new Proxy({} as Storage, {
  get: () => () => {
    throw new DOMException("The operation is insecure.", "SecurityError")
  },
})

const memoryStorage = (): Storage => {
  const data = new Map<string, string>()
  return {
    get length() {
      return data.size
    },
    clear: () => data.clear(),
    getItem: (key) => data.get(key) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (key) => void data.delete(key),
    setItem: (key, value) => void data.set(key, String(value)),
  }
}

describe("createStore", () => {
  it("keeps values in localStorage across stores (page loads)", () => {
    const storage = memoryStorage()
    createStore(storage).set("k", { a: 1 })
    expect(createStore(storage).get("k")).toEqual({ a: 1 })
    createStore(storage).remove("k")
    expect(createStore(storage).get("k")).toBeNull()
  })

  it("keeps values in memory when storage throws", () => {
    const store = createStore(brokenStorage)
    store.set("k", { a: 1 })
    expect(store.get("k")).toEqual({ a: 1 })
    store.remove("k")
    expect(store.get("k")).toBeNull()
  })

  it("keeps values in memory when there is no storage at all", () => {
    const store = createStore(null)
    store.set("k", [1, 2])
    expect(store.get("k")).toEqual([1, 2])
  })

  it("reads unparsable values as nothing", () => {
    const storage = memoryStorage()
    storage.setItem("k", "{not json")
    expect(createStore(storage).get("k")).toBeNull()
  })
})

describe("readSession", () => {
  it("returns a well-formed session and nothing else", () => {
    const storage = memoryStorage()
    const store = createStore(storage)
    expect(readSession(store, "hdch_1")).toBeNull()

    store.set(sessionKey("hdch_1"), {
      conversation_id: "hdt_1",
      visitor_token: "v.1",
    })
    expect(readSession(store, "hdch_1")).toEqual({
      conversation_id: "hdt_1",
      visitor_token: "v.1",
      last_seq: 0,
      owner: null,
    })

    store.set(sessionKey("hdch_1"), {
      conversation_id: "hdt_1",
      visitor_token: 7,
    })
    expect(readSession(store, "hdch_1")).toBeNull()
  })

  it("keeps whose the conversation is, and takes one saved without an owner for a guest's", () => {
    const store = createStore(memoryStorage())
    store.set(sessionKey("hdch_1"), {
      conversation_id: "hdt_1",
      visitor_token: "v.1",
      last_seq: 3,
      owner: "cus_1",
    })
    expect(readSession(store, "hdch_1")?.owner).toBe("cus_1")
    store.set(sessionKey("hdch_1"), {
      conversation_id: "hdt_1",
      visitor_token: "v.1",
      owner: 42,
    })
    expect(readSession(store, "hdch_1")?.owner).toBeNull()
  })
})
