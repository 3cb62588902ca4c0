/**
 * Every text the shopper reads, in English and Polish. loader.js carries only the bubble's
 * name; the rest is in chat.js (esbuild drops unused exports).
 */
export const LOCALES = ["en", "pl"] as const
export type Locale = (typeof LOCALES)[number]

/**
 * The channel's locale when the widget speaks it, else the browser's language, else English.
 * Only the language counts: "pl-PL" is Polish.
 */
export function pickLocale(
  channelLocale?: string | null,
  browserLanguage?: string | null
): Locale {
  for (const tag of [channelLocale, browserLanguage]) {
    const language = String(tag).slice(0, 2).toLowerCase()
    if (language == "en" || language == "pl") {
      return language
    }
  }
  return "en"
}

/** Replaces `{key}` placeholders; values are inserted as text by the caller. */
export function format(
  template: string,
  values: Record<string, string | number>
): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) =>
    key in values ? String(values[key]) : match
  )
}

/** The bubble's name before chat.js arrives; chat.js takes the bubble over from then on. */
export const OPEN_LABEL: Record<Locale, string> = {
  en: "Open chat",
  pl: "Otwórz czat",
}

const en = {
  open: "Open chat",
  unread: "Open chat ({n} new)",
  close: "Close chat",
  name: "Full name",
  email: "E-mail",
  subject: "Subject",
  message: "Message",
  reply: "Your message",
  website: "Website",
  start: "Start chat",
  starting: "Starting…",
  send: "Send",
  required: "This field is required.",
  badEmail: "Enter an e-mail address like name@example.com.",
  tooLong: "The message is too long: {n} characters, at most {max}.",
  waiting: "Waiting for an agent…",
  joined: "{name} joined the chat",
  typing: "{name} is typing…",
  agent: "Agent",
  you: "You",
  sending: "Sending…",
  failed: "Not sent.",
  retry: "Retry",
  offline:
    "We're offline right now. Leave a message and we'll get back to you.",
  network: "We couldn't reach the chat. Check your connection and try again.",
  blocked:
    "We can't start a chat with you right now. Please contact the shop by e-mail.",
  rateLimited: "Too many attempts. Please try again in {time}.",
  rateLimitedSoon: "Too many attempts. Please wait a moment and try again.",
  seconds: "{n} s",
  minutes: "{n} min",
  error: "Something went wrong. Please try again.",
  closed: "This conversation has been closed.",
  newChat: "Start a new conversation",
  signedOut:
    "You are no longer signed in. Please enter your name and e-mail to start the chat.",
}

export type Strings = typeof en

export const STRINGS: Record<Locale, Strings> = {
  en,
  pl: {
    open: "Otwórz czat",
    unread: "Otwórz czat (nowe: {n})",
    close: "Zamknij czat",
    name: "Imię i nazwisko",
    email: "E-mail",
    subject: "Temat",
    message: "Wiadomość",
    reply: "Twoja wiadomość",
    website: "Strona WWW",
    start: "Rozpocznij czat",
    starting: "Rozpoczynanie…",
    send: "Wyślij",
    required: "To pole jest wymagane.",
    badEmail: "Podaj adres e-mail, np. jan@example.com.",
    tooLong: "Wiadomość jest za długa: {n} znaków, najwyżej {max}.",
    waiting: "Czekamy na konsultanta…",
    joined: "{name} dołączył(a) do czatu",
    typing: "{name} pisze…",
    agent: "Konsultant",
    you: "Ty",
    sending: "Wysyłanie…",
    failed: "Nie wysłano.",
    retry: "Ponów",
    offline:
      "Jesteśmy teraz offline. Zostaw wiadomość, a odpiszemy najszybciej, jak to możliwe.",
    network:
      "Nie udało się połączyć z czatem. Sprawdź połączenie i spróbuj ponownie.",
    blocked:
      "Nie możemy teraz rozpocząć z Tobą czatu. Skontaktuj się ze sklepem e-mailem.",
    rateLimited: "Zbyt wiele prób. Spróbuj ponownie za {time}.",
    rateLimitedSoon: "Zbyt wiele prób. Odczekaj chwilę i spróbuj ponownie.",
    seconds: "{n} s",
    minutes: "{n} min",
    error: "Coś poszło nie tak. Spróbuj ponownie.",
    closed: "Ta rozmowa została zakończona.",
    newChat: "Rozpocznij nową rozmowę",
    signedOut:
      "Nie jesteś już zalogowany(-a). Podaj imię i nazwisko oraz e-mail, aby rozpocząć czat.",
  },
}
