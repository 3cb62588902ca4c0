/**
 * The widget for storefronts built with a bundler (Next.js, Vite…):
 *
 *   import { loadHelpdesk } from "medusa-helpdesk-widget"
 *
 *   const helpdesk = loadHelpdesk({
 *     backendUrl: process.env.NEXT_PUBLIC_MEDUSA_BACKEND_URL!,
 *     channelId: "hdch_01J…",
 *   })
 *   helpdesk("on", "message", (message) => console.log(message.body))
 *
 * It does what the embed snippet does: installs the `window.Helpdesk` queue, starts the
 * channel and adds `<backend>/helpdesk/widget/loader.js` to the page. Safe to call more than
 * once (e.g. React strict mode) and during server rendering, where it does nothing.
 */

export type LoadHelpdeskOptions = {
  /** The Medusa backend's URL, e.g. "https://api.example.com". */
  backendUrl: string
  /** The chat channel's id, from Medusa Admin → Helpdesk → Channels. */
  channelId: string
}

/** A message of the conversation, as the `message` event passes it. */
export type HelpdeskMessage = {
  id: string
  seq: number
  author_type: "customer" | "agent" | "system" | "automation"
  author_name: string | null
  body: string
  kind: "message" | "event" | "note"
  created_at: string
}

/** `window.Helpdesk`, the same function the embed snippet's users call. */
export type Helpdesk = {
  (command: "init", options: LoadHelpdeskOptions): void
  /** Opens the chat panel. */
  (command: "open"): void
  /** Closes the chat panel. */
  (command: "close"): void
  /** Removes the widget from the page and disconnects; "init" starts it again. */
  (command: "shutdown"): void
  /**
   * Ties the next conversation to a logged-in customer: the token of POST
   * /store/helpdesk/identity-token, or a function giving one (called when a chat starts or the
   * token is near expiry), or null when the customer logs out.
   */
  (
    command: "identify",
    token: string | (() => Promise<string | null | undefined>) | null
  ): void
  /** Logout: forgets the identity, the saved conversation and unsent messages, and disconnects. */
  (command: "reset"): void
  /** Listens to the widget; returns a function that stops listening (once loader.js has run). */
  (
    command: "on",
    event: "message",
    listener: (message: HelpdeskMessage) => void
  ): (() => void) | void
  (
    command: "on",
    event: "open" | "close",
    listener: () => void
  ): (() => void) | void
}

/** Starts the chat widget and returns a function that forwards to `window.Helpdesk`. */
export function loadHelpdesk(options: LoadHelpdeskOptions): Helpdesk
