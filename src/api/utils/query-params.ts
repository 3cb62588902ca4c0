import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

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
/** A whole number from a query string, within bounds, or `fallback` when it is absent. */
export const boundedInteger = (
  min: number,
  max: number,
  fallback: number,
  name: string
) =>
  z.preprocess(
    (value) => (value === undefined || value === "" ? fallback : Number(value)),
    z
      .number({ message: `${name} must be a whole number.` })
      .int({ message: `${name} must be a whole number.` })
      .min(min, { message: `${name} must be at least ${min}.` })
      .max(max, { message: `${name} must be at most ${max}.` })
  )

/** The most rows one page of any list may hold. */
export const MAX_PAGE_SIZE = 100

/**
 * The query of every list of the plugin: Medusa's `fields`, `order` and `with_deleted`, and a
 * `limit` of 1 to 100 and an `offset` of 0 or more (PostgreSQL refuses a negative one, and an
 * unbounded page is a way to make the server read a whole table).
 */
export const createListParams = ({
  limit,
  order,
}: {
  limit: number
  order?: string
}) =>
  createFindParams({ limit, offset: 0, order }).extend({
    limit: boundedInteger(1, MAX_PAGE_SIZE, limit, "limit"),
    offset: boundedInteger(0, Number.MAX_SAFE_INTEGER, 0, "offset"),
  })
