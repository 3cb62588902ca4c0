/** The template the e-mail provider renders unseen chat replies with. */
export const CHAT_REPLY_TEMPLATE = "helpdesk-chat-reply"

/** How long the link in the e-mail opens the conversation. */
export const CONTINUE_LINK_TTL_SECONDS = 7 * 24 * 60 * 60

/** The e-mail's subject line, in the ticket's language (English when it has none we speak). */
const SUBJECT_LINES = {
  en: (number: number, subject: string) =>
    `New reply to your message #${number}: ${subject}`,
  pl: (number: number, subject: string) =>
    `Nowa odpowiedź na Twoją wiadomość #${number}: ${subject}`,
}

export type ChatReplyLocale = keyof typeof SUBJECT_LINES

export function chatReplyLocale(locale: string | null | undefined) {
  const language = (locale ?? "").toLowerCase().split(/[-_]/)[0]
  return (language in SUBJECT_LINES ? language : "en") as ChatReplyLocale
}

export function chatReplySubject(
  locale: string | null | undefined,
  ticket: { number: number; subject: string }
): string {
  return SUBJECT_LINES[chatReplyLocale(locale)](ticket.number, ticket.subject)
}

/**
 * The store page that opens the conversation: the channel's store URL, else the page the
 * conversation started on, with the signed token in the fragment (`#hd=…`), which the
 * browser never sends to the store's server.
 */
export function continueUrl(
  page: { store_url?: string | null; page_url?: string | null },
  token: string
): string | null {
  for (const candidate of [page.store_url, page.page_url]) {
    if (!candidate) {
      continue
    }
    try {
      const url = new URL(candidate)
      if (url.protocol !== "http:" && url.protocol !== "https:") {
        continue
      }
      url.hash = `hd=${token}`
      return url.toString()
    } catch {
      // not an address: try the next one
    }
  }
  return null
}
