import { z } from "@medusajs/framework/zod"
import { createListParams } from "../../../utils/query-params"
import {
  AUTOMATION_DELAY_MINUTES,
  AUTOMATION_TRIGGERS,
  type AutomationAction,
  type AutomationConditions,
} from "../../../../types/automation"
import { storableText } from "../../../../utils/storable-text"
import {
  actionsProblems,
  conditionsProblems,
  delayProblem,
} from "../../../../workflows/automations/utils/rule-shape"

const name = storableText()
  .trim()
  .min(1, { message: "name must not be empty." })
  .max(120, { message: "name must be at most 120 characters." })

const trigger = z.enum(AUTOMATION_TRIGGERS, {
  message: `trigger must be one of ${AUTOMATION_TRIGGERS.join(", ")}.`,
})

const delayMinutes = z
  .number({ message: "delay_minutes must be a whole number of minutes." })
  .int({ message: "delay_minutes must be a whole number of minutes." })
  .min(AUTOMATION_DELAY_MINUTES.min, {
    message: `delay_minutes must be at least ${AUTOMATION_DELAY_MINUTES.min}.`,
  })
  .max(AUTOMATION_DELAY_MINUTES.max, {
    message: `delay_minutes must be at most ${AUTOMATION_DELAY_MINUTES.max} (30 days).`,
  })
  .nullable()

const checkConditions = (value: unknown, ctx: z.RefinementCtx) => {
  for (const problem of conditionsProblems(value)) {
    ctx.addIssue({
      code: "custom",
      path: problem.path.slice(1),
      message: problem.message,
    })
  }
}

/** `conditions`, checked field by field with sentences naming the field. */
const conditions = z
  .unknown()
  .superRefine(checkConditions)
  .transform((value) => value as AutomationConditions)

/** `actions`, checked action by action with sentences naming the field. */
const actions = z
  .unknown()
  .superRefine((value, ctx) => {
    for (const problem of actionsProblems(value)) {
      ctx.addIssue({
        code: "custom",
        path: problem.path.slice(1),
        message: problem.message,
      })
    }
  })
  .transform((value) => value as AutomationAction[])

const ruleFields = {
  name,
  enabled: z.boolean({ message: "enabled must be true or false." }),
  trigger,
  delay_minutes: delayMinutes.optional(),
  conditions,
  actions,
  stop_processing: z.boolean({
    message: "stop_processing must be true or false.",
  }),
}

export const AdminCreateAutomationRule = z
  .strictObject({
    ...ruleFields,
    enabled: ruleFields.enabled.default(true),
    stop_processing: ruleFields.stop_processing.default(false),
    // no conditions: the rule fires on every event of its trigger
    conditions: z
      .unknown()
      .transform((v) => v ?? { match: "all", predicates: [] })
      .superRefine(checkConditions)
      .transform((value) => value as AutomationConditions),
  })
  .superRefine((rule, ctx) => {
    const problem = delayProblem(rule.trigger, rule.delay_minutes)
    if (problem) {
      ctx.addIssue({
        code: "custom",
        path: problem.path,
        message: problem.message,
      })
    }
  })
export type AdminCreateAutomationRuleType = z.infer<
  typeof AdminCreateAutomationRule
>

/** Any of the fields; the trigger and delay are checked together against the stored rule. */
export const AdminUpdateAutomationRule = z.strictObject({
  name: ruleFields.name.optional(),
  enabled: ruleFields.enabled.optional(),
  trigger: ruleFields.trigger.optional(),
  delay_minutes: delayMinutes.optional(),
  conditions: ruleFields.conditions.optional(),
  actions: ruleFields.actions.optional(),
  stop_processing: ruleFields.stop_processing.optional(),
})
export type AdminUpdateAutomationRuleType = z.infer<
  typeof AdminUpdateAutomationRule
>

export const AdminReorderAutomationRules = z.strictObject({
  ids: z
    .array(
      storableText().min(1, { message: "ids must not hold an empty id." }),
      { message: "ids must be a list of automation rule ids." }
    )
    .max(1000, { message: "ids may hold at most 1000 ids." }),
})
export type AdminReorderAutomationRulesType = z.infer<
  typeof AdminReorderAutomationRules
>

export const AdminTestAutomationRule = z.strictObject({
  ticket_id: storableText().min(1, {
    message: "ticket_id must be the id of a ticket.",
  }),
})
export type AdminTestAutomationRuleType = z.infer<
  typeof AdminTestAutomationRule
>

export const AdminGetAutomationRulesParams = createListParams({
  limit: 50,
}).pick({ limit: true, offset: true })
export type AdminGetAutomationRulesParamsType = z.infer<
  typeof AdminGetAutomationRulesParams
>
