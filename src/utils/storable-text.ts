import { z } from "@medusajs/framework/zod"

/**
 * Text PostgreSQL can store. A `text` column in a UTF-8 database refuses the NUL character,
 * and a lone UTF-16 surrogate (half of an emoji, cut in two) has no UTF-8 form at all: both
 * fail the INSERT deep inside a workflow. They are refused at the door instead, with a
 * sentence, by this one schema for every text input of the plugin (HTTP paths, queries and
 * bodies, socket payloads).
 */

/** Why a string cannot be stored, or null when it can. */
export function unstorableReason(value: string): string | null {
  if (value.includes("\u0000")) {
    return "contains a NUL character (\\u0000), which cannot be stored; remove it"
  }
  // a high surrogate not followed by a low one, or a low one not preceded by a high one
  if (
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(
      value
    )
  ) {
    return "contains a broken character (an unpaired UTF-16 surrogate), which cannot be stored; send valid Unicode text"
  }
  return null
}

export type UnstorableText = { path: (string | number)[]; message: string }

/** Deeper than any payload of the plugin; a deeper one is refused rather than walked. */
export const MAX_DEPTH = 32

const describe = (path: (string | number)[]) =>
  path.length ? path.join(".") : "The value"

/**
 * The first string (value or object key) in a payload that cannot be stored, with a sentence
 * naming where it is; null when everything can be stored.
 */
export function findUnstorableText(
  value: unknown,
  path: (string | number)[] = []
): UnstorableText | null {
  if (typeof value === "string") {
    const reason = unstorableReason(value)
    return reason ? { path, message: `${describe(path)} ${reason}.` } : null
  }
  if (value === null || typeof value !== "object") {
    return null
  }
  if (path.length >= MAX_DEPTH) {
    return {
      path,
      message: `${describe(path)} is nested more than ${MAX_DEPTH} levels deep.`,
    }
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findUnstorableText(value[i], [...path, i])
      if (found) {
        return found
      }
    }
    return null
  }
  for (const [key, item] of Object.entries(value)) {
    const keyReason = unstorableReason(key)
    if (keyReason) {
      return {
        path,
        message: `A field name in ${describe(path).replace(/^The value$/, "the request")} ${keyReason}.`,
      }
    }
    const found = findUnstorableText(item, [...path, key])
    if (found) {
      return found
    }
  }
  return null
}

/** A string that PostgreSQL can store; the base of every text field. */
export const storableText = () =>
  z.string().superRefine((value, ctx) => {
    const reason = unstorableReason(value)
    if (reason) {
      ctx.addIssue({ code: "custom", message: `The text ${reason}.` })
    }
  })

/**
 * Any payload whose strings (values and keys, at any depth) PostgreSQL can store. Put in
 * front of a payload's own schema with `storable(schema)`.
 */
export const storablePayload = z.unknown().superRefine((value, ctx) => {
  const found = findUnstorableText(value)
  if (found) {
    ctx.addIssue({ code: "custom", path: found.path, message: found.message })
  }
})

/** `schema`, after the whole payload passed `storablePayload`. */
export const storable = <T extends z.ZodType>(schema: T) =>
  storablePayload.pipe(schema)
