/**
 * The link in an e-mailed reply opens the store's page with `#hd=<token>`: a signed key, valid
 * for a few days, that the server exchanges for the conversation. loader.js only notices the
 * fragment (and fetches chat.js at once); chat.js reads it here, asks the server for the
 * conversation and takes the token off the address, so a bookmark or a shared link does not
 * carry it.
 */

/** The token in the address's fragment (`#hd=…`, alone or among other `&`-joined parts). */
export function readContinueToken(hash: string): string | null {
  const match = /(?:^#|&)hd=([\w.-]+)/.exec(hash)
  return match ? match[1] : null
}

/** The fragment without its `hd=` part ("" when nothing else was in it). */
export function withoutContinueToken(hash: string): string {
  const rest = hash
    .replace(/^#/, "")
    .split("&")
    .filter((part) => !/^hd=/.test(part))
    .join("&")
  return rest ? `#${rest}` : ""
}

/**
 * Takes the token off the page's address, without a reload or a history entry. Done once the
 * conversation is saved: loader.js hears of the change of address and, with a conversation
 * under way, shows the bubble even on a page that hides it otherwise.
 */
export function dropContinueToken(): void {
  try {
    history.replaceState(
      history.state,
      "",
      location.pathname + location.search + withoutContinueToken(location.hash)
    )
  } catch {
    // a sandboxed page may refuse: the token stays in the address, which only shows it
  }
}
