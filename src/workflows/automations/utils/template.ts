import {
  AUTOMATION_VARIABLES,
  type AutomationText,
  type AutomationVariable,
} from "../../../types/automation"

/** `{customer.first_name}` and the like: a word, dots and words, in braces. */
const VARIABLE = /\{\s*([a-zA-Z_][\w]*(?:\.[a-zA-Z_][\w]*)*)\s*\}/g

/** The variables a text names that are not among AUTOMATION_VARIABLES. */
export function unknownVariables(text: string): string[] {
  const unknown = new Set<string>()
  for (const match of text.matchAll(VARIABLE)) {
    if (!(AUTOMATION_VARIABLES as readonly string[]).includes(match[1])) {
      unknown.add(match[1])
    }
  }
  return [...unknown]
}

export type TemplateValues = Record<AutomationVariable, string>

/** Puts the values in; a variable without a value becomes an empty string. */
export function renderTemplate(text: string, values: TemplateValues): string {
  return text.replace(VARIABLE, (whole, name: string) =>
    (AUTOMATION_VARIABLES as readonly string[]).includes(name)
      ? (values[name as AutomationVariable] ?? "")
      : whole
  )
}

/** The text for a locale: its own, else English, else the first given. */
export function textForLocale(
  text: AutomationText,
  locale: string | null | undefined
): string {
  if (typeof text === "string") {
    return text
  }
  const byLocale = text as Record<string, string | undefined>
  return (
    (locale ? byLocale[locale] : undefined) ??
    text.en ??
    Object.values(byLocale).find((t): t is string => !!t) ??
    ""
  )
}

/** "Jan Kowalski" → "Jan"; empty when there is no name. */
export const firstName = (name: string | null | undefined) =>
  (name ?? "").trim().split(/\s+/)[0] ?? ""
