import { model } from "@medusajs/framework/utils"
import { Ticket } from "./ticket"

/** A Medusa user who is kept informed about a ticket without being its assignee. */
export const TicketFollower = model
  .define("helpdesk_ticket_follower", {
    id: model.id({ prefix: "hdtf" }).primaryKey(),
    user_id: model.text().index(),
    ticket: model.belongsTo(() => Ticket, { mappedBy: "followers" }),
  })
  .indexes([{ on: ["ticket_id", "user_id"], unique: true }])
