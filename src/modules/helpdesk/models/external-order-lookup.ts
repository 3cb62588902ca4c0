import { model } from "@medusajs/framework/utils"

/**
 * When a shopper's orders were last fetched from an outside system, also when none were
 * found, so an e-mail without orders is not looked up again before the cache expires.
 */
export const ExternalOrderLookup = model
  .define("helpdesk_external_order_lookup", {
    id: model.id({ prefix: "hdeol" }).primaryKey(),
    source: model.enum(["baselinker"]),
    // lower-cased
    email: model.text(),
    fetched_at: model.dateTime(),
    // orders the source holds for the e-mail within the look-back (a lower bound when capped)
    count: model.number().default(0),
    // the page cap stopped the fetch before the last order
    capped: model.boolean().default(false),
  })
  .indexes([{ on: ["source", "email"], unique: true }, { on: ["fetched_at"] }])
