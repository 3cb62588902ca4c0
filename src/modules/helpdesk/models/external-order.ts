import { model } from "@medusajs/framework/utils"

/**
 * Cache of an order from an outside system (BaseLinker), kept per shopper e-mail so every
 * ticket and agent looking at that shopper shares one fetch.
 */
export const ExternalOrder = model
  .define("helpdesk_external_order", {
    id: model.id({ prefix: "hdeo" }).primaryKey(),
    source: model.enum(["baselinker"]),
    // the shopper's e-mail the order was found by, lower-cased
    email: model.text(),
    // the order id in the source system
    external_id: model.text(),
    // the source's status id, e.g. BaseLinker's order_status_id
    status_id: model.text().nullable(),
    // when the order was placed in the source system; lists are newest first
    ordered_at: model.dateTime(),
    // the order as the ticket shows it (HelpdeskOrder)
    summary: model.json(),
    fetched_at: model.dateTime(),
  })
  .indexes([
    { on: ["source", "email", "external_id"], unique: true },
    { on: ["source", "email", "ordered_at"] },
  ])
