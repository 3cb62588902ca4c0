/**
 * Where the bubble may appear: the channel's path rules, the after-hours behaviour, and
 * re-checking both when a single-page app changes the URL without a page load.
 */
import type { WidgetConfig } from "./types"

/**
 * Whole-path match where `*` stands for any run of characters, "/" included:
 * "/checkout*" matches "/checkout" and "/checkout/step-2"; "/account/*" matches "/account/x"
 * but not "/account". Everything else is literal.
 */
export function matchesPath(pattern: string, pathname: string): boolean {
  // escaping every non-word character is safe outside unicode mode, and short
  const source = pattern
    .split("*")
    .map((part) => part.replace(/\W/g, "\\$&"))
    .join(".*")
  return new RegExp(`^${source}$`).test(pathname)
}

/**
 * Whether the bubble shows on this path now: the path rules, then the after-hours behaviour.
 * A shopper already in a conversation keeps it when the hours end: hiding it would cut them
 * off mid-sentence, and the agent may still answer.
 */
export function isVisible(
  config: Pick<
    WidgetConfig,
    "path_list_type" | "paths" | "is_open" | "after_hours_behavior"
  >,
  pathname: string,
  inConversation?: boolean
): boolean {
  // merchants copy paths from the address bar ("/zamówienie"), but location.pathname is
  // escaped ("/zam%C3%B3wienie"); decodeURI keeps escapes of "/", "?", "#" as they are
  try {
    pathname = decodeURI(pathname)
  } catch {
    // a malformed escape: match the path as it is
  }
  const listed = (config.paths || []).some((pattern) =>
    matchesPath(pattern, pathname)
  )
  return (
    (config.path_list_type == "whitelist") == listed &&
    (inConversation ||
      config.is_open ||
      config.after_hours_behavior != "hide_widget")
  )
}

let current: (() => void) | null = null
const notify = () => {
  if (current) {
    current()
  }
}
let wrapped = false

/**
 * Calls `listener` after every history change; null stops it. `pushState`/`replaceState` fire
 * no event of their own, so they are wrapped, once per page however often the widget starts,
 * and the wrappers stay after shutdown because a router may have wrapped them in turn.
 */
export function onNavigate(listener: (() => void) | null): void {
  if (!wrapped) {
    wrapped = true
    for (const name of ["pushState", "replaceState"] as const) {
      const original = history[name]
      history[name] = function (
        this: History,
        ...args: Parameters<History["pushState"]>
      ) {
        original.apply(this, args)
        notify()
      }
    }
  }
  current = listener
  if (listener) {
    addEventListener("popstate", notify)
  } else {
    removeEventListener("popstate", notify)
  }
}
