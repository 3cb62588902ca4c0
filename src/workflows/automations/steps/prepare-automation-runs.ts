import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import type { EnabledAutomationRule } from "../../../modules/helpdesk/service"
import type {
  AutomationAction,
  AutomationTrigger,
  TimedAutomationTrigger,
} from "../../../types/automation"
import { evaluateConditions, needsOrders } from "../utils/evaluate"
import {
  listAutomationMessages,
  loadAutomationFactsMany,
  type AutomationMessage,
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

/** An event on a ticket. */
export type AutomationEventInput = {
  ticket_id: string
  event: AutomationEvent
  /** ISO instant the conditions are read at (the scheduled job's); now when absent */
  now?: string
}

export type PrepareAutomationRunsStepInput = {
  /** at most one event per ticket: a ticket's events run one after the other */
  events: AutomationEventInput[]
}

export type PlannedAutomationRun = {
  rule_id: string
  rule_name: string
  trigger: AutomationTrigger
  dedupe_key: string
  actions: AutomationAction[]
}

/** The rules one event fires on its ticket. */
export type TicketAutomationPlan = {
  ticket: AutomationTicket
  /** who wrote the ticket's last chat message before these rules ran */
  last_message_author: string | null
  runs: PlannedAutomationRun[]
}

export type PrepareAutomationRunsStepOutput = {
  /** the events that fire at least one rule, in the order given */
  tickets: TicketAutomationPlan[]
}

/** The triggers an event may fire. */
export function eventTriggers(event: AutomationEvent): AutomationTrigger[] {
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

/** Which rules of `rules` an event may fire. */
const rulesOf = (rules: EnabledAutomationRule[], event: AutomationEvent) => {
  const triggers = eventTriggers(event)
  return rules.filter(
    (r) =>
      triggers.includes(r.trigger) &&
      (event.type !== "timer" || r.id === event.rule_id)
  )
}

/**
 * The triggers an event fires and what tells it from another, or null when it fires none
 * (a message event whose message is gone or was not written by the side it listens to).
 */
function firedTriggers(
  event: AutomationEvent,
  message: AutomationMessage | null,
  isFirst: boolean
): { trigger: AutomationTrigger; key: string }[] | null {
  switch (event.type) {
    case "message_classified":
      if (message?.author_type !== "customer" || message.kind !== "message") {
        return null
      }
      return [
        ...(isFirst
          ? [{ trigger: "ticket_created" as const, key: "created" }]
          : []),
        { trigger: "customer_message", key: message.id },
      ]
    case "message_created":
      if (message?.author_type !== "agent" || message.kind !== "message") {
        return null
      }
      return [{ trigger: "agent_message", key: message.id }]
    case "ticket_updated":
      return [{ trigger: "ticket_updated", key: event.key }]
    case "timer":
      return [{ trigger: event.trigger, key: event.key }]
  }
}

export const prepareAutomationRunsStepId = "prepare-helpdesk-automation-runs"
/**
 * This step works out which rules each event fires: the enabled rules of its triggers in
 * position order, evaluated against the ticket as it is before any of them acts, up to the
 * first matched rule with stop_processing. The rules, messages and tickets of all the events
 * are read with a few queries however many events there are. It changes nothing itself.
 */
export const prepareAutomationRunsStep = createStep(
  prepareAutomationRunsStepId,
  async ({ events }: PrepareAutomationRunsStepInput, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const none = () =>
      new StepResponse<PrepareAutomationRunsStepOutput>({ tickets: [] })

    // the rules first: without any for these events, nothing else is read
    const triggers = [...new Set(events.flatMap((e) => eventTriggers(e.event)))]
    if (!triggers.length) {
      return none()
    }
    const rules = await helpdesk.listEnabledAutomationRules(triggers)
    const listened = events.filter((e) => rulesOf(rules, e.event).length)
    if (!listened.length) {
      return none()
    }

    const messages = await listAutomationMessages(
      container,
      listened.flatMap((e) =>
        e.event.type === "message_classified" ||
        e.event.type === "message_created"
          ? [e.event.message_id]
          : []
      )
    )
    const messageOf = (e: AutomationEventInput) => {
      if (
        e.event.type !== "message_classified" &&
        e.event.type !== "message_created"
      ) {
        return null
      }
      const message = messages.get(e.event.message_id)
      return message?.ticket_id === e.ticket_id ? message : null
    }
    // a message event whose message is not of the side it listens to fires nothing
    const live = listened.filter(
      (e) =>
        (e.event.type !== "message_classified" &&
          e.event.type !== "message_created") ||
        firedTriggers(e.event, messageOf(e), false) !== null
    )
    const loaded = await loadAutomationFactsMany(
      container,
      live.map((e) => ({
        ticket_id: e.ticket_id,
        message: messageOf(e),
        now: e.now ? new Date(e.now) : new Date(),
      })),
      {
        with_orders: needsOrders(
          rules
            .filter((r) => live.some((e) => rulesOf([r], e.event).length))
            .map((r) => r.conditions)
        ),
      }
    )

    const plans: TicketAutomationPlan[] = []
    live.forEach((e, i) => {
      const facts = loaded[i]
      if (!facts) {
        return
      }
      const fired =
        firedTriggers(
          e.event,
          facts.message,
          facts.facts.is_first_customer_message
        ) ?? []
      const candidates = rulesOf(rules, e.event)
      const runs: PlannedAutomationRun[] = []
      for (const { trigger, key } of fired) {
        for (const rule of candidates.filter((r) => r.trigger === trigger)) {
          if (!evaluateConditions(rule.conditions, facts.facts).matched) {
            continue
          }
          runs.push({
            rule_id: rule.id,
            rule_name: rule.name,
            trigger,
            dedupe_key: `${rule.id}:${trigger}:${e.ticket_id}:${key}`,
            actions: rule.actions,
          })
          if (rule.stop_processing) {
            break
          }
        }
      }
      if (runs.length) {
        plans.push({
          ticket: facts.ticket,
          last_message_author: facts.ticket.last_message_author,
          runs,
        })
      }
    })
    return new StepResponse<PrepareAutomationRunsStepOutput>({ tickets: plans })
  }
)
