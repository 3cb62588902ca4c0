import { model } from "@medusajs/framework/utils"

/** A known sender. A blocked contact cannot start new conversations from the widget. */
export const Contact = model
  .define("helpdesk_contact", {
    id: model.id({ prefix: "hdct" }).primaryKey(),
    // lower-cased
    email: model.text().searchable(),
    name: model.text().searchable().nullable(),
    note: model.text().nullable(),
    blocked: model.boolean().default(false),
  })
  .indexes([{ on: ["email"], unique: true }])
