import { model } from "@medusajs/framework/utils"
import { AUTOMATION_TRIGGERS } from "../../../types/automation"
import { AutomationRun } from "./automation-run"

export const AutomationRule = model
  .define("helpdesk_automation_rule", {
    id: model.id({ prefix: "hdar" }).primaryKey(),
    name: model.text().searchable(),
    enabled: model.boolean().default(true),
    // rules run in ascending position
    position: model.number().default(0),
    trigger: model.enum([...AUTOMATION_TRIGGERS]),
    // no_agent_reply: minutes after an unanswered shopper message; pending_for: minutes pending
    delay_minutes: model.number().nullable(),
    // { match: "all" | "any", predicates: [{ field, operator, value }] }
    conditions: model.json(),
    // ordered list of { type, … } actions
    actions: model.json(),
    // when the rule matched, later rules are not evaluated
    stop_processing: model.boolean().default(false),
    runs: model.hasMany(() => AutomationRun, { mappedBy: "rule" }),
  })
  .indexes([{ on: ["trigger", "enabled", "position"] }])
