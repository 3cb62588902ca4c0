import { model } from "@medusajs/framework/utils"
import { Tag } from "./tag"
import { Ticket } from "./ticket"

export const TicketTag = model
  .define("helpdesk_ticket_tag", {
    id: model.id({ prefix: "hdtt" }).primaryKey(),
    ticket: model.belongsTo(() => Ticket, { mappedBy: "tags" }),
    tag: model.belongsTo(() => Tag, { mappedBy: "tickets" }),
  })
  .indexes([{ on: ["ticket_id", "tag_id"], unique: true }, { on: ["tag_id"] }])
