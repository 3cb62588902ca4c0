import type { ClassifierLanguage } from "../../../types/classification"

/**
 * Text as the classifier reads it: lower-case words without diacritics, so "Dziękuję",
 * "dziekuje" and "DZIĘKUJĘ" are one word — Polish chat is often typed without ogonki.
 */
export type PreparedText = {
  /**
   * diacritic-free, lower-case words in order, with CLAUSE_BREAK where punctuation ends a
   * clause (so a negation or a phrase never reaches across it)
   */
  tokens: string[]
  /** the same words without the breaks */
  words: string[]
  /** emoji and emoticons found, in order */
  emoji: string[]
  exclamations: number
  questions: number
  /** words of three letters or more written in capitals, e.g. "WHERE IS MY ORDER" */
  shouted: number
  /** the original had Polish letters (ą, ć, ę, ł, ń, ó, ś, ź, ż) */
  polishLetters: boolean
}

// ł does not decompose under NFD, the other Polish letters do
const FOLD: Record<string, string> = { ł: "l", Ł: "l" }
const COMBINING = /[\u0300-\u036f]/g
const POLISH_LETTERS = /[ąćęłńóśźż]/i
const EMOTICONS = /(?:^|\s)(:-?\)|:-?D|;-?\)|:-?\(|:'\(|<3|:\/)(?=\s|$|[.,!?])/g
const EMOJI = /\p{Extended_Pictographic}/gu
const WORD = /[\p{L}\p{N}]+/gu

/** Lower-case, without diacritics, apostrophes dropped ("don't" → "dont"). */
export function fold(text: string): string {
  return text
    .replace(/[łŁ]/g, (c) => FOLD[c])
    .normalize("NFD")
    .replace(COMBINING, "")
    .toLowerCase()
    .replace(/[’'`]/g, "")
}

/** Stands between clauses in `tokens`; never matches a word. */
export const CLAUSE_BREAK = "|"
const CLAUSE_END = /[.!?;,:()\n]+/

export function prepare(text: string): PreparedText {
  const emoji = [
    ...(text.match(EMOJI) ?? []),
    ...Array.from(text.matchAll(EMOTICONS), (m) => m[1]),
  ]
  const shouted = (text.match(/\b[A-ZĄĆĘŁŃÓŚŹŻ]{3,}\b/g) ?? []).length
  const tokens: string[] = []
  for (const clause of fold(text).split(CLAUSE_END)) {
    const words = clause.match(WORD)
    if (words) {
      if (tokens.length) {
        tokens.push(CLAUSE_BREAK)
      }
      tokens.push(...words)
    }
  }
  return {
    tokens,
    words: tokens.filter((t) => t !== CLAUSE_BREAK),
    emoji,
    exclamations: (text.match(/!/g) ?? []).length,
    questions: (text.match(/\?/g) ?? []).length,
    shouted,
    polishLetters: POLISH_LETTERS.test(text),
  }
}

/**
 * Words that tell Polish from English in short chat messages, diacritic-free so that they
 * also work for text typed without ogonki.
 */
const POLISH_WORDS = new Set(
  (
    "nie jest sie czy gdzie moje moja mojego moj jak co to na w z do za od po juz jeszcze " +
    "bardzo dziekuje dzieki prosze dzien dobry czesc zamowienie zamowienia zamowieniu paczka " +
    "paczki paczke kiedy mam mnie mi ze ten ta tego ktory ktora sa byl byla bylo chce chcialbym " +
    "chcialabym moge mozna macie jestem jestescie wasz wasza wasze tak albo lub ale tylko " +
    "zwrot kurier dostawa faktura rabat kod platnosc przesylka towar sklep nadal teraz dlaczego"
  ).split(" ")
)
const ENGLISH_WORDS = new Set(
  (
    "the is my i you it to and of for where when can could would please order orders " +
    "thanks thank hello hi what how do does did not no yes this that was are have has be " +
    "with on in at your me we an a get got still why which there any will just been from " +
    "refund return delivery shipping invoice discount code package parcel item"
  ).split(" ")
)

/**
 * English or Polish: Polish letters decide at once; otherwise the side with more of its
 * common words wins, and the ticket's locale breaks a tie.
 */
export function detectLanguage(
  prepared: PreparedText,
  locale?: string | null
): ClassifierLanguage {
  if (prepared.polishLetters) {
    return "pl"
  }
  let pl = 0
  let en = 0
  for (const token of prepared.words) {
    if (POLISH_WORDS.has(token)) {
      pl++
    }
    if (ENGLISH_WORDS.has(token)) {
      en++
    }
  }
  if (pl !== en) {
    return pl > en ? "pl" : "en"
  }
  return locale?.toLowerCase().startsWith("pl") ? "pl" : "en"
}

const ENGLISH_SUFFIXES = ["ingly", "ing", "edly", "ed", "ies", "es", "ly", "s"]

/**
 * A light stem for the naive Bayes features: Polish words cut to six letters (inflection lives
 * in the endings: zamówienie, zamówienia, zamówieniu → zamowi), English words lose common
 * suffixes (cancelled, cancelling → cancell).
 */
export function stem(token: string, language: ClassifierLanguage): string {
  if (language === "pl") {
    return token.length > 6 ? token.slice(0, 6) : token
  }
  for (const suffix of ENGLISH_SUFFIXES) {
    if (token.length - suffix.length >= 3 && token.endsWith(suffix)) {
      return token.slice(0, -suffix.length)
    }
  }
  return token
}
