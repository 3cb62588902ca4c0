import { model } from "@medusajs/framework/utils"
import { Ticket } from "./ticket"

/** Cache of an order from an outside system (BaseLinker) matched to a ticket by e-mail. */
export const ExternalOrder = model
  .define("helpdesk_external_order", {
    id: model.id({ prefix: "hdeo" }).primaryKey(),
    source: model.enum(["baselinker"]),
    // the order id in the source system
    external_id: model.text(),
    // the source's status id, e.g. BaseLinker's order_status_id
    status_id: model.text().nullable(),
    // number, date, status name, total, currency, items — ready to display
    summary: model.json(),
    fetched_at: model.dateTime(),
    ticket: model.belongsTo(() => Ticket, { mappedBy: "external_orders" }),
  })
  .indexes([{ on: ["ticket_id", "source", "external_id"], unique: true }])
