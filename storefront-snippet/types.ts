/**
 * Types shared by the two halves of the widget: loader.js (bubble, visibility) and chat.js
 * (the panel). They travel between the two bundles at run time, so they must stay plain data
 * and functions.
 */
import type { WireMessage } from "../src/types/realtime"
import type { IdentitySource } from "./identity"

export type InitOptions = {
  channelId: string
  /** Medusa's URL, without a trailing slash. */
  backendUrl: string
}

/** `GET /helpdesk/channels/:id/widget-config` → `{ channel }`. */
export type WidgetConfig = {
  id: string
  name: string
  welcome_message: string | null
  alignment: "left" | "right"
  vertical_offset: number
  path_list_type: "whitelist" | "blacklist"
  paths: string[]
  after_hours_behavior: "display_message" | "hide_widget"
  after_hours_message: string | null
  locale: string | null
  color: string | null
  is_open: boolean
  /** When `is_open` flips next; null when it never does (e.g. no opening hours at all). */
  next_change_at: string | null
}

export type HelpdeskEvent = "message" | "open" | "close"
export type Listener = (payload?: WireMessage) => void

/** What loader.js hands to chat.js when it mounts the panel. */
export type ChatHost = {
  /** The element inside the shadow root that holds the bubble; the panel goes next to it. */
  root: HTMLElement
  button: HTMLButtonElement
  init: InitOptions
  config: () => WidgetConfig
  /**
   * From `Helpdesk("identify", …)`: sent when a conversation starts, and compared with the
   * owner of a saved one. Undefined until the store has called `identify` on this page.
   */
  identity: () => IdentitySource | undefined
  emit: (event: "message", message: WireMessage) => void
  /**
   * Opens or closes the panel as the bubble does: false when the shopper closes it from inside
   * (close button, Escape), true when it was open before the page reloaded.
   */
  show: (open: boolean) => void
}

export type ChatApi = {
  open: () => void
  close: () => void
  /** The channel config, the page's visibility or the identity (`identify`) changed. */
  update: () => void
  /** Forget the conversation and the outbox (the loader has cleared storage already). */
  reset: () => void
  destroy: () => void
}

/** chat.js defines `window.HelpdeskChat` with this shape. */
export type ChatModule = { mount: (host: ChatHost) => ChatApi }
