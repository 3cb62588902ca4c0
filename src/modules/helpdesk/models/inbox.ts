import { model } from "@medusajs/framework/utils"
import { Channel } from "./channel"
import { Ticket } from "./ticket"

/** A queue tickets sit in. A channel routes its new tickets to its inbox. */
export const Inbox = model.define("helpdesk_inbox", {
  id: model.id({ prefix: "hdib" }).primaryKey(),
  name: model.text().searchable(),
  channels: model.hasMany(() => Channel, { mappedBy: "inbox" }),
  tickets: model.hasMany(() => Ticket, { mappedBy: "inbox" }),
})
