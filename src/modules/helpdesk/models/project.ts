import { model } from "@medusajs/framework/utils"
import { Task } from "./task"

export const Project = model.define("helpdesk_project", {
  id: model.id({ prefix: "hdpj" }).primaryKey(),
  name: model.text().searchable(),
  description: model.text().nullable(),
  tasks: model.hasMany(() => Task, { mappedBy: "project" }),
})
