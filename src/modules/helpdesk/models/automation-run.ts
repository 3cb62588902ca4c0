import { model } from "@medusajs/framework/utils"
import { AUTOMATION_TRIGGERS } from "../../../types/automation"
import { AutomationRule } from "./automation-rule"
import { Ticket } from "./ticket"

/** One evaluation of one rule against one ticket, kept as the ticket's automation log. */
export const AutomationRun = model
  .define("helpdesk_automation_run", {
    id: model.id({ prefix: "hdarr" }).primaryKey(),
    trigger: model.enum([...AUTOMATION_TRIGGERS]),
    matched: model.boolean(),
    // the actions that ran, with what they did
    actions_applied: model.json().nullable(),
    error: model.text().nullable(),
    // rule + trigger + the event (message id, due moment…): a retried event finds it taken
    dedupe_key: model.text().nullable(),
    rule: model.belongsTo(() => AutomationRule, { mappedBy: "runs" }),
    ticket: model.belongsTo(() => Ticket, { mappedBy: "automation_runs" }),
  })
  .indexes([
    { on: ["ticket_id", "created_at"] },
    { on: ["rule_id", "created_at"] },
    { on: ["dedupe_key"], unique: true, where: "dedupe_key IS NOT NULL" },
  ])
