import { model } from "@medusajs/framework/utils"
import { Team } from "./team"

export const TeamMember = model
  .define("helpdesk_team_member", {
    id: model.id({ prefix: "hdtmm" }).primaryKey(),
    user_id: model.text().index(),
    team: model.belongsTo(() => Team, { mappedBy: "members" }),
  })
  .indexes([{ on: ["team_id", "user_id"], unique: true }])
