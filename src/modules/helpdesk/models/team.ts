import { model } from "@medusajs/framework/utils"
import { TeamMember } from "./team-member"
import { Ticket } from "./ticket"

export const Team = model
  .define("helpdesk_team", {
    id: model.id({ prefix: "hdtm" }).primaryKey(),
    name: model.text().searchable(),
    members: model.hasMany(() => TeamMember, { mappedBy: "team" }),
    tickets: model.hasMany(() => Ticket, { mappedBy: "team" }),
  })
  .cascades({ delete: ["members"] })
