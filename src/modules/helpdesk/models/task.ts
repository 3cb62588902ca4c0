import { model } from "@medusajs/framework/utils"
import { TASK_STATUSES } from "../../../types/ticket"
import { Project } from "./project"
import { Ticket } from "./ticket"

export const Task = model
  .define("helpdesk_task", {
    id: model.id({ prefix: "hdtk" }).primaryKey(),
    title: model.text().searchable(),
    description: model.text().nullable(),
    status: model.enum([...TASK_STATUSES]).default("todo"),
    due_at: model.dateTime().nullable(),
    assignee_id: model.text().nullable(),
    project: model.belongsTo(() => Project, { mappedBy: "tasks" }).nullable(),
    ticket: model.belongsTo(() => Ticket, { mappedBy: "tasks" }).nullable(),
  })
  .indexes([
    { on: ["project_id", "status"] },
    { on: ["ticket_id"] },
    { on: ["assignee_id"] },
  ])
