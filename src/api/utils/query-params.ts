import { z } from "@medusajs/framework/zod"

/** A query value given once, repeated, or comma-separated, as a list. */
export const oneOrMany = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (value) =>
      value === undefined
        ? undefined
        : (Array.isArray(value) ? value : [value]).flatMap((v) =>
            typeof v === "string" ? v.split(",").filter(Boolean) : [v]
          ),
    z.array(item).max(100).optional()
  )

/**
 * One of fixed values, refused with a sentence naming them. A custom check on purpose: for an
 * enum inside a list, Medusa's error formatter looks the value up in the raw query, does not
 * find an item split from "a,b", and reports the field as missing.
 */
export const oneOf = <T extends string>(values: readonly T[], name: string) =>
  z.custom<T>(
    (value) =>
      typeof value === "string" &&
      (values as readonly string[]).includes(value),
    { message: `${name} must be one of ${values.join(", ")}.` }
  )

/**
 * `fields` as Medusa reads it (`a,b`, `+a`, `-a`, `*relation`, `relation.*`), refused with a
 * sentence naming the first field outside `allowed`. The same list goes to
 * `validateAndTransformQuery`, which would otherwise drop such a field without a word.
 */
export const fieldsWithin = (allowed: readonly string[], noun: string) => {
  const known = new Set(allowed)
  const names = [...new Set(allowed.map((f) => f.split(".")[0]))]
  return z
    .string()
    .optional()
    .superRefine((value, ctx) => {
      for (const raw of (value ?? "").split(",")) {
        if (raw.trim().startsWith("-")) {
          // removing a default field names nothing new
          continue
        }
        const field = raw
          .replace(/^[+ \t]+/, "")
          .trim()
          .replace(/^\*/, "")
          .replace(/\.\*$/, "")
        if (field && !known.has(field)) {
          ctx.addIssue({
            code: "custom",
            message: `fields: ${noun} has no field "${field}". Choose among ${names.join(", ")}.`,
          })
          return
        }
      }
    })
}
