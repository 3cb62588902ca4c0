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
