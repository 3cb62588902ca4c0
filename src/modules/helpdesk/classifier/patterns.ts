import { fold } from "./text"

/**
 * A word list entry: one or more words, diacritic-free. A word ending in `*` matches any word
 * that starts with it (a stem: "zadowol*" matches zadowolony, zadowolona, zadowolenie); other
 * words match exactly.
 */
export type Pattern = string

type WordMatcher = { text: string; prefix: boolean }

export type CompiledPattern<T> = {
  words: WordMatcher[]
  value: T
  source: Pattern
}

/** Patterns grouped by the first letter of their first word, longest phrase first in each. */
export type PatternSet<T> = Map<string, CompiledPattern<T>[]>

export function compile<T>(entries: [Pattern, T][]): PatternSet<T> {
  const set: PatternSet<T> = new Map()
  for (const pattern of compileList(entries)) {
    const key = pattern.words[0]?.text[0] ?? ""
    const list = set.get(key) ?? []
    list.push(pattern)
    set.set(key, list)
  }
  return set
}

function compileList<T>(entries: [Pattern, T][]): CompiledPattern<T>[] {
  return (
    entries
      .map(([source, value]) => ({
        source,
        value,
        words: fold(source)
          .split(/\s+/)
          .filter(Boolean)
          .map((w) =>
            w.endsWith("*")
              ? { text: w.slice(0, -1), prefix: true }
              : { text: w, prefix: false }
          ),
      }))
      // longer phrases first, so "nie dziala" is taken before "dziala"
      .sort((a, b) => b.words.length - a.words.length)
  )
}

function wordMatches(matcher: WordMatcher, token: string | undefined): boolean {
  if (token === undefined) {
    return false
  }
  return matcher.prefix
    ? token.startsWith(matcher.text)
    : token === matcher.text
}

/** The entry matching at `index`, longest phrase first. */
export function matchAt<T>(
  patterns: PatternSet<T>,
  tokens: string[],
  index: number
): CompiledPattern<T> | undefined {
  const candidates = patterns.get(tokens[index]?.[0] ?? "")
  if (!candidates) {
    return undefined
  }
  for (const pattern of candidates) {
    if (pattern.words.every((w, i) => wordMatches(w, tokens[index + i]))) {
      return pattern
    }
  }
  return undefined
}

/** Every match in the text, each token used by at most one match, left to right. */
export function findAll<T>(
  patterns: PatternSet<T>,
  tokens: string[]
): { pattern: CompiledPattern<T>; index: number }[] {
  const found: { pattern: CompiledPattern<T>; index: number }[] = []
  for (let i = 0; i < tokens.length;) {
    const pattern = matchAt(patterns, tokens, i)
    if (pattern) {
      found.push({ pattern, index: i })
      i += pattern.words.length
    } else {
      i++
    }
  }
  return found
}
