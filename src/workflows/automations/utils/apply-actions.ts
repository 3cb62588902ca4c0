import type {
  INotificationModuleService,
  MedusaContainer,
} from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import {
  AUTOMATION_EMAIL_TEMPLATE,
  type AutomationAction,
  type AutomationActionOutcome,
} from "../../../types/automation"
import type { HelpdeskOrder } from "../../../types/orders"
import { setBaselinkerOrderStatusWorkflow } from "../../baselinker/workflows/set-baselinker-order-status"
import { sendMessageWorkflow } from "../../messages/workflows/send-message"
import type { TicketChanges } from "../../tickets/steps/prepare-ticket-update"
import { automationLines } from "../../tickets/utils/system-lines"
import { updateTicketWorkflow } from "../../tickets/workflows/update-ticket"
import type { AutomationTicket } from "./facts"
import { loadTicketOrders } from "./facts"
import {
  firstName,
  renderTemplate,
  textForLocale,
  type TemplateValues,
} from "./template"

export type ActionContext = {
  container: MedusaContainer
  ticket: AutomationTicket
  rule_name: string
  run_id: string
  /** who wrote the ticket's last chat message before the rules ran */
  last_message_author: string | null
}

const errorText = (error: unknown) =>
  error instanceof Error ? error.message : String(error)

/**
 * Applies one rule's actions in order. An action that fails is recorded as failed with its
 * error, and the later actions still run: each action stands on its own (a tag is worth adding
 * even when an autoresponse could not be sent).
 */
export async function applyRuleActions(
  context: ActionContext,
  actions: AutomationAction[]
): Promise<AutomationActionOutcome[]> {
  const outcomes: AutomationActionOutcome[] = []
  let orders: Promise<HelpdeskOrder[]> | undefined
  const newestOrder = async () => {
    orders ??= loadTicketOrders(context.container, context.ticket).then(
      ({ medusa, baselinker }) =>
        [...medusa, ...baselinker].sort(
          (a, b) =>
            new Date(b.created_at).getTime() - new Date(a.created_at).getTime()
        )
    )
    return (await orders)[0] ?? null
  }
  const render = async (text: string) => {
    const order = text.includes("{order.") ? await newestOrder() : null
    const values: TemplateValues = {
      "customer.first_name": firstName(context.ticket.customer_name),
      "customer.name": context.ticket.customer_name ?? "",
      "ticket.number": String(context.ticket.number),
      "channel.name": context.ticket.channel_name ?? "",
      "order.number": order?.number ?? "",
      "order.status": order?.status.name ?? "",
    }
    return renderTemplate(text, values)
  }

  for (const [index, action] of actions.entries()) {
    try {
      outcomes.push(await applyAction(context, action, index, render))
    } catch (error) {
      outcomes.push({
        type: action.type,
        status: "failed",
        detail: errorText(error),
      })
    }
  }
  return outcomes
}

async function changeTicket(
  context: ActionContext,
  type: AutomationAction["type"],
  changes: TicketChanges,
  detail: string
): Promise<AutomationActionOutcome> {
  const { result } = await updateTicketWorkflow(context.container).run({
    input: {
      id: context.ticket.id,
      ...changes,
      automation: { rule_name: context.rule_name },
    },
  })
  return { type, status: result.changed ? "applied" : "unchanged", detail }
}

/** Writes the rule's internal line for an action that is not a ticket change. */
async function writeLine(context: ActionContext, text: string) {
  await sendMessageWorkflow(context.container).run({
    input: {
      ticket_id: context.ticket.id,
      author_type: "system",
      kind: "note",
      body: automationLines(context.rule_name, context.ticket.locale).say(text),
    },
  })
}

async function applyAction(
  context: ActionContext,
  action: AutomationAction,
  index: number,
  render: (text: string) => Promise<string>
): Promise<AutomationActionOutcome> {
  const { container, ticket } = context
  const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  switch (action.type) {
    case "set_priority":
      return changeTicket(
        context,
        action.type,
        { priority: action.priority },
        action.priority
      )
    case "set_status":
      return changeTicket(
        context,
        action.type,
        { status: action.status },
        action.status
      )
    case "assign_agent":
      return changeTicket(
        context,
        action.type,
        { assignee_id: action.user_id },
        action.user_id ?? "unassigned"
      )
    case "assign_team":
      return changeTicket(
        context,
        action.type,
        { team_id: action.team_id },
        action.team_id ?? "no team"
      )
    case "add_tag":
    case "remove_tag": {
      const current = (
        await helpdesk.listHelpdeskTicketTags(
          { ticket_id: ticket.id },
          { select: ["tag_id"] }
        )
      ).map((t) => t.tag_id)
      const tagIds =
        action.type === "add_tag"
          ? [...new Set([...current, action.tag_id])]
          : current.filter((id) => id !== action.tag_id)
      return changeTicket(
        context,
        action.type,
        { tag_ids: tagIds },
        action.tag_id
      )
    }
    case "send_autoresponse": {
      // never an autoresponse answering an automation's own message
      if (context.last_message_author === "automation") {
        await writeLine(
          context,
          "autoresponse skipped (the last message is an automation's)"
        )
        return {
          type: action.type,
          status: "skipped",
          detail: "loop_guard: the last message is an automation's",
        }
      }
      const [fresh] = await helpdesk.listHelpdeskTickets(
        { id: ticket.id },
        { select: ["id", "skip_next_autoresponder"], take: 1 }
      )
      if (fresh?.skip_next_autoresponder) {
        await helpdesk.updateHelpdeskTickets({
          id: ticket.id,
          skip_next_autoresponder: false,
        })
        await writeLine(
          context,
          "autoresponse skipped (skip next autoresponder)"
        )
        return {
          type: action.type,
          status: "skipped",
          detail: "skip_next_autoresponder",
        }
      }
      const max = helpdesk.getMaxAutoresponsesPerTicketPerHour()
      if ((await helpdesk.countRecentAutoresponses(ticket.id)) >= max) {
        await writeLine(
          context,
          `autoresponse skipped (at most ${max} an hour per ticket)`
        )
        return {
          type: action.type,
          status: "skipped",
          detail: `hourly_cap: at most ${max} autoresponses per ticket per hour`,
        }
      }
      const body = await render(textForLocale(action.body, ticket.locale))
      const { result } = await sendMessageWorkflow(container).run({
        input: {
          ticket_id: ticket.id,
          client_id: `automation-${context.run_id}-${index}`,
          author_type: "automation",
          kind: "message",
          body,
        },
      })
      return {
        type: action.type,
        status: "applied",
        detail: result.message.id,
      }
    }
    case "add_note": {
      const { result } = await sendMessageWorkflow(container).run({
        input: {
          ticket_id: ticket.id,
          client_id: `automation-${context.run_id}-${index}`,
          author_type: "automation",
          kind: "note",
          body: await render(action.body),
        },
      })
      return { type: action.type, status: "applied", detail: result.message.id }
    }
    case "set_baselinker_order_status": {
      const { orders } = await helpdesk.retrieveBaselinkerOrders(
        ticket.customer_email
      )
      const newestFirst = [...orders].sort(
        (a, b) =>
          new Date(b.created_at).getTime() - new Date(a.created_at).getTime()
      )
      const targets =
        action.orders === "all" ? newestFirst : newestFirst.slice(0, 1)
      if (!targets.length) {
        return {
          type: action.type,
          status: "skipped",
          detail: "the shopper has no BaseLinker orders",
        }
      }
      let changed = 0
      for (const order of targets) {
        const { result } = await setBaselinkerOrderStatusWorkflow(
          container
        ).run({
          input: {
            ticket_id: ticket.id,
            order_id: order.id,
            status_id: String(action.status_id),
          },
        })
        changed += result.changed ? 1 : 0
      }
      return {
        type: action.type,
        status: changed ? "applied" : "unchanged",
        detail: targets.map((o) => o.number).join(", "),
      }
    }
    case "send_email": {
      await container
        .resolve<INotificationModuleService>(Modules.NOTIFICATION)
        .createNotifications({
          to: ticket.customer_email,
          channel: "email",
          template: AUTOMATION_EMAIL_TEMPLATE,
          resource_id: ticket.id,
          resource_type: "helpdesk_ticket",
          idempotency_key: `helpdesk-automation-${context.run_id}-${index}`,
          data: {
            ticket_id: ticket.id,
            ticket_number: ticket.number,
            subject: await render(action.subject),
            body: await render(action.body),
          },
        })
      await writeLine(context, `e-mail sent to ${ticket.customer_email}`)
      return {
        type: action.type,
        status: "applied",
        detail: ticket.customer_email,
      }
    }
  }
}
