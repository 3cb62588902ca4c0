import { model } from "@medusajs/framework/utils"
import { Channel } from "./channel"

/** A Medusa user allowed to work a channel's tickets. A channel with none is open to every user. */
export const ChannelAgent = model
  .define("helpdesk_channel_agent", {
    id: model.id({ prefix: "hdca" }).primaryKey(),
    user_id: model.text().index(),
    channel: model.belongsTo(() => Channel, { mappedBy: "agents" }),
  })
  .indexes([{ on: ["channel_id", "user_id"], unique: true }])
