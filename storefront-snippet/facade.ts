/**
 * `window.Helpdesk`: one function taking a command name and its arguments, like the queue
 * stub in the embed snippet it replaces. It checks its arguments and never throws into the
 * store's code: a mistake is reported with console.warn.
 */
import type { IdentitySource } from "./identity"
import type { HelpdeskEvent, InitOptions, Listener } from "./types"

export type Commands = {
  init: (options: InitOptions) => void
  open: () => void
  close: () => void
  shutdown: () => void
  /** A token, a function giving one, or null when the customer logged out. */
  identify: (source: IdentitySource) => void
  /** Logout: forget the identity, the saved conversation and the unsent messages. */
  reset: () => void
  on: (event: HelpdeskEvent, listener: Listener) => () => void
}

export type Facade = ((command: string, ...args: unknown[]) => unknown) & {
  loaded: true
}

/** The embed snippet's stub before the loader arrives: calls wait in `q`. */
export type QueueStub = ((...args: unknown[]) => void) & {
  q?: ArrayLike<unknown>[]
}

export const warn = (message: string) => console.warn(`[Helpdesk] ${message}`)

export function createFacade(commands: Commands): Facade {
  const facade = (
    command: unknown,
    arg?: unknown,
    listener?: unknown
  ): unknown => {
    const { channelId, backendUrl } = (arg || {}) as Partial<InitOptions>
    try {
      // RegExp#test turns anything into a string, so these also reject numbers, objects…
      if (
        command == "init"
          ? typeof channelId == "string" &&
            !!channelId &&
            /^https?:\/\/\w/i.test(backendUrl!)
          : command == "identify"
            ? arg === null ||
              typeof arg == "function" ||
              (typeof arg == "string" && !!arg)
            : command == "on"
              ? /^(message|open|close)$/.test(arg as string) &&
                typeof listener == "function"
              : /^(open|close|shutdown|reset)$/.test(command as string)
      ) {
        // checked above: the name is one of the commands and the arguments fit it
        return (
          commands[command as keyof Commands] as (
            a?: unknown,
            b?: unknown
          ) => unknown
        )(arg, listener)
      }
      warn(`bad call: Helpdesk("${command}", ...)`)
    } catch (error) {
      warn(String(error))
    }
  }
  return Object.assign(facade, { loaded: true as const })
}
