/** Checks on the pre-chat form, run before anything is sent (the server checks again). */
import { MAX_MESSAGE_LENGTH } from "../src/types/ticket"
import { format, type Strings } from "./i18n"
import type { FieldName } from "./view"

/** Deliberately loose: the server has the last word, this only catches typos like "anna@". */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** The sentence to show under the field, or "" when the value is fine. */
export function validateField(
  name: FieldName,
  value: string,
  t: Pick<Strings, "required" | "badEmail" | "tooLong">
): string {
  if (!value) {
    return t.required
  }
  if (name == "email" && !EMAIL.test(value)) {
    return t.badEmail
  }
  if (name == "message" && value.length > MAX_MESSAGE_LENGTH) {
    return format(t.tooLong, { n: value.length, max: MAX_MESSAGE_LENGTH })
  }
  return ""
}
