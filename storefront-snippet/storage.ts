/**
 * localStorage behind a small interface. Storage can be missing or throw (Safari private mode,
 * blocked third-party storage, a full quota); the widget then keeps its state in memory for
 * the life of the page instead of failing.
 */
export type Store = {
  get: <T>(key: string) => T | null
  set: (key: string, value: unknown) => void
  remove: (key: string) => void
}

/**
 * What survives page loads and browser restarts, one per channel. The record in storage also
 * holds the outbox, so forgetting the conversation forgets its unsent messages with it.
 */
export type Session = {
  conversation_id: string
  visitor_token: string
  /** Highest seq the shopper has had in front of them; later agent messages count as unread. */
  last_seq: number
  /**
   * The Medusa customer the conversation was started as, null for a guest. It is resumed only
   * while the store identifies that same customer.
   */
  owner: string | null
}

export const sessionKey = (channelId: string) => `helpdesk:${channelId}`
/** In sessionStorage: whether the panel was open, so a reload of the page opens it again. */
export const openKey = (channelId: string) => `helpdesk:${channelId}:open`

/**
 * Whether a conversation is saved, without parsing it: loader.js only needs to know that. A
 * link from an e-mailed reply (`#hd=…`) brings one: chat.js takes it up.
 */
export function hasSession(channelId: string): boolean {
  try {
    return !!localStorage[sessionKey(channelId)] || /hd=/.test(location.hash)
  } catch {
    return false
  }
}

export function createStore(storage?: Storage | null): Store {
  const memory = new Map<string, string>()
  const local = (): Storage | null => {
    try {
      return storage === undefined ? window.localStorage : storage
    } catch {
      return null
    }
  }

  return {
    get<T>(key: string): T | null {
      let raw = memory.get(key)
      if (raw === undefined) {
        try {
          raw = local()?.getItem(key) ?? undefined
        } catch {
          // unreadable storage: nothing saved
        }
      }
      try {
        return raw === undefined ? null : (JSON.parse(raw) as T)
      } catch {
        return null
      }
    },
    set(key, value) {
      const raw = JSON.stringify(value)
      memory.set(key, raw)
      try {
        const storage = local()
        if (storage) {
          storage.setItem(key, raw)
          memory.delete(key)
        }
      } catch {
        // kept in memory
      }
    },
    remove(key) {
      memory.delete(key)
      try {
        local()?.removeItem(key)
      } catch {
        // nothing to remove from
      }
    },
  }
}

/** The saved session for a channel, or null when there is none or it is not well-formed. */
export function readSession(store: Store, channelId: string): Session | null {
  const value = store.get<Partial<Session>>(sessionKey(channelId))
  return value &&
    typeof value.conversation_id == "string" &&
    typeof value.visitor_token == "string" &&
    value.conversation_id &&
    value.visitor_token
    ? {
        conversation_id: value.conversation_id,
        visitor_token: value.visitor_token,
        last_seq: typeof value.last_seq == "number" ? value.last_seq : 0,
        owner:
          typeof value.owner == "string" && value.owner ? value.owner : null,
      }
    : null
}
