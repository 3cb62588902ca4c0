import { getI18n } from "react-i18next"

/**
 * The language the admin user picked in Medusa Admin (its profile's language, kept by the
 * dashboard's i18next), so dates and numbers read as the rest of the page does. English until the
 * dashboard has started i18next.
 */
export const adminLanguage = (): string => getI18n()?.language || "en"

/**
 * A string for places outside React (a route's breadcrumb), from the dashboard's i18next; the key
 * itself before it has started.
 */
export const translate = (key: string, options?: Record<string, unknown>) =>
  getI18n()?.t(key, options) ?? key

const formats = new Map<string, Intl.DateTimeFormat>()

/** One `Intl.DateTimeFormat` per language and options, made on first use. */
export const dateTimeFormat = (
  options: Intl.DateTimeFormatOptions,
  language = adminLanguage()
) => {
  const key = `${language}|${JSON.stringify(options)}`
  let format = formats.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(language, options)
    formats.set(key, format)
  }
  return format
}

/** "Polish" for "pl" (in Polish: "polski"); the code itself where Intl does not know it. */
export const languageName = (code: string, language = adminLanguage()) => {
  try {
    return (
      new Intl.DisplayNames(language, { type: "language" }).of(code) ?? code
    )
  } catch {
    return code
  }
}

/** "12", "1 234" in Polish: a count as the admin's language writes it. */
export const formatNumber = (value: number, language = adminLanguage()) =>
  new Intl.NumberFormat(language).format(value)

/** "in 5 min", "5 min ago", "yesterday", "now", in the admin's language. */
export const formatRelative = (
  value: number,
  unit: Intl.RelativeTimeFormatUnit,
  language = adminLanguage()
) =>
  new Intl.RelativeTimeFormat(language, {
    numeric: "auto",
    style: "short",
  }).format(value, unit)

/**
 * A label map written once at module level whose values are keys: each label is looked up when it
 * is read, so it follows the language the admin user picks.
 */
export const translatedLabels = <K extends string>(
  keys: Record<K, string>
): Record<K, string> => {
  const labels = {} as Record<K, string>
  for (const [name, key] of Object.entries(keys) as [K, string][]) {
    Object.defineProperty(labels, name, {
      enumerable: true,
      get: () => translate(key),
    })
  }
  return labels
}
