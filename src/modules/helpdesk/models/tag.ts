import { model } from "@medusajs/framework/utils"
import { Ticket } from "./ticket"
import { TicketTag } from "./ticket-tag"

export const Tag = model
  .define("helpdesk_tag", {
    id: model.id({ prefix: "hdtg" }).primaryKey(),
    name: model.text().searchable(),
    color: model.text().default("#6b7280"),
    tickets: model.manyToMany(() => Ticket, {
      mappedBy: "tags",
      pivotEntity: () => TicketTag,
    }),
  })
  .indexes([{ on: ["name"], unique: true }])
