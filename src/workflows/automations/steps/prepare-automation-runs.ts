import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import type {
  AutomationAction,
  AutomationConditions,
  AutomationTrigger,
  TimedAutomationTrigger,
} from "../../../types/automation"
import { evaluateConditions, needsOrders } from "../utils/evaluate"
import {
  loadAutomationFacts,
  retrieveAutomationMessage,
  type AutomationTicket,
} from "../utils/facts"

/** What happened, as the subscribers and the scheduled job report it. */
export type AutomationEvent =
  /** a shopper's message got its labels: ticket_created (first message), then customer_message */
  | { type: "message_classified"; message_id: string }
  /** a message was stored: agent_message when an agent wrote it */
  | { type: "message_created"; message_id: string }
  /** an agent changed the ticket; `key` tells one change from the next */
  | { type: "ticket_updated"; key: string }
  /** a timed rule fell due; `key` is the moment its delay counts from */
  | {
      type: "timer"
      trigger: TimedAutomationTrigger
      rule_id: string
      key: string
    }

export type PrepareAutomationRunsStepInput = {
  ticket_id: string
  event: AutomationEvent
  /** ISO instant the conditions are read at; now when absent */
  now?: string
}

export type PlannedAutomationRun = {
  rule_id: string
  rule_name: string
  trigger: AutomationTrigger
  dedupe_key: string
  actions: AutomationAction[]
}

export type PrepareAutomationRunsStepOutput = {
  ticket: AutomationTicket | null
  /** who wrote the ticket's last chat message before these rules ran */
  last_message_author: string | null
  runs: PlannedAutomationRun[]
}

type RuleRow = {
  id: string
  name: string
  trigger: AutomationTrigger
  conditions: AutomationConditions
  actions: AutomationAction[]
  stop_processing: boolean
}

/** The triggers an event may fire. */
function eventTriggers(event: AutomationEvent): AutomationTrigger[] {
  switch (event.type) {
    case "message_classified":
      return ["ticket_created", "customer_message"]
    case "message_created":
      return ["agent_message"]
    case "ticket_updated":
      return ["ticket_updated"]
    case "timer":
      return [event.trigger]
  }
}

export const prepareAutomationRunsStepId = "prepare-helpdesk-automation-runs"
/**
 * This step works out which rules an event fires: the enabled rules of its triggers in
 * position order, evaluated against the ticket as it is before any of them acts, up to the
 * first matched rule with stop_processing. It changes nothing itself.
 */
export const prepareAutomationRunsStep = createStep(
  prepareAutomationRunsStepId,
  async (
    { ticket_id, event, now }: PrepareAutomationRunsStepInput,
    { container }
  ) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const none: PrepareAutomationRunsStepOutput = {
      ticket: null,
      last_message_author: null,
      runs: [],
    }

    // the rules first: without any for this event, nothing else is read
    const rules = (await helpdesk.listHelpdeskAutomationRules(
      {
        enabled: true,
        trigger: eventTriggers(event),
        ...(event.type === "timer" ? { id: event.rule_id } : {}),
      },
      {
        select: [
          "id",
          "name",
          "trigger",
          "conditions",
          "actions",
          "stop_processing",
        ],
        order: { position: "ASC", created_at: "ASC" },
      }
    )) as unknown as RuleRow[]
    if (!rules.length) {
      return new StepResponse(none)
    }

    // which triggers, and what tells this event from another
    let triggers: { trigger: AutomationTrigger; key: string }[] = []
    let messageId: string | null = null
    switch (event.type) {
      case "message_classified": {
        const message = await retrieveAutomationMessage(
          container,
          ticket_id,
          event.message_id
        )
        if (message?.author_type !== "customer" || message.kind !== "message") {
          return new StepResponse(none)
        }
        messageId = message.id
        const earlier = await helpdesk.listHelpdeskMessages(
          {
            ticket_id,
            author_type: "customer",
            kind: "message",
            seq: { $lt: message.seq },
          },
          { select: ["id"], take: 1 }
        )
        triggers = [
          ...(earlier.length
            ? []
            : [{ trigger: "ticket_created" as const, key: "created" }]),
          { trigger: "customer_message", key: message.id },
        ]
        break
      }
      case "message_created": {
        const message = await retrieveAutomationMessage(
          container,
          ticket_id,
          event.message_id
        )
        if (message?.author_type !== "agent" || message.kind !== "message") {
          return new StepResponse(none)
        }
        messageId = message.id
        triggers = [{ trigger: "agent_message", key: message.id }]
        break
      }
      case "ticket_updated":
        triggers = [{ trigger: "ticket_updated", key: event.key }]
        break
      case "timer":
        triggers = [{ trigger: event.trigger, key: event.key }]
        break
    }

    const loaded = await loadAutomationFacts(container, {
      ticket_id,
      message_id: messageId,
      now: now ? new Date(now) : new Date(),
      with_orders: needsOrders(rules.map((r) => r.conditions)),
    })
    if (!loaded) {
      return new StepResponse(none)
    }

    const runs: PlannedAutomationRun[] = []
    for (const { trigger, key } of triggers) {
      for (const rule of rules.filter((r) => r.trigger === trigger)) {
        if (!evaluateConditions(rule.conditions, loaded.facts).matched) {
          continue
        }
        runs.push({
          rule_id: rule.id,
          rule_name: rule.name,
          trigger,
          dedupe_key: `${rule.id}:${trigger}:${ticket_id}:${key}`,
          actions: rule.actions,
        })
        if (rule.stop_processing) {
          break
        }
      }
    }
    return new StepResponse<PrepareAutomationRunsStepOutput>({
      ticket: loaded.ticket,
      last_message_author: loaded.ticket.last_message_author,
      runs,
    })
  }
)
