import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createHook,
  createWorkflow,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { HelpdeskEvents } from "../../../types/events"
import {
  appendMessagesStep,
  isAppendFailure,
} from "../../messages/steps/append-messages"
import { publishMessagesStep } from "../../messages/steps/publish-messages"
import {
  prepareTicketUpdateStep,
  TICKET_CHANGE_KINDS,
  type TicketChanges,
} from "../steps/prepare-ticket-update"
import { publishTicketUpdatedStep } from "../steps/publish-ticket-updated"
import { setTicketFollowersStep } from "../steps/set-ticket-followers"
import { setTicketTagsStep } from "../steps/set-ticket-tags"
import { updateTicketsStep } from "../steps/update-tickets"
import { validateTicketAccessStep } from "../steps/validate-ticket-access"
import { validateTicketUpdateStep } from "../steps/validate-ticket-update"

export type UpdateTicketWorkflowInput = TicketChanges & {
  id: string
  /** the acting agent; must have access to the ticket's channel. Omitted by automations. */
  user_id?: string
  /**
   * Set when an automation rule makes the change: the lines name the rule, and the
   * `helpdesk.ticket.updated` event carries `automation: true` so that rules do not fire on it.
   */
  automation?: { rule_name: string }
}

export const updateTicketWorkflowId = "update-helpdesk-ticket"
/**
 * This workflow applies an agent's change to a ticket: status, priority, assignee, team,
 * inbox, and the whole tag and follower lists. Each kind of change writes an internal line
 * to the transcript; nothing is written for values that are already set.
 *
 * @example
 * await updateTicketWorkflow(container).run({
 *   input: { id: "hdt_…", user_id: "user_…", status: "pending", tag_ids: ["hdtg_…"] },
 * })
 */
export const updateTicketWorkflow = createWorkflow(
  updateTicketWorkflowId,
  (input: WorkflowData<UpdateTicketWorkflowInput>) => {
    when(
      "ticket-update-by-agent",
      { input },
      ({ input }) => !!input.user_id
    ).then(() => {
      validateTicketAccessStep(
        transform({ input }, ({ input }) => ({
          ticket_id: input.id,
          user_id: input.user_id!,
        }))
      )
    })
    validateTicketUpdateStep(
      transform({ input }, ({ input }) => ({
        assignee_id: input.assignee_id,
        team_id: input.team_id,
        inbox_id: input.inbox_id,
        tag_ids: input.tag_ids,
        follower_ids: input.follower_ids,
      }))
    )

    const plan = prepareTicketUpdateStep(input)

    when("ticket-columns-changed", { plan }, ({ plan }) => !!plan.update).then(
      () => {
        updateTicketsStep(
          transform({ plan }, ({ plan }) => ({ tickets: [plan.update!] }))
        )
      }
    )
    when("ticket-tags-changed", { plan }, ({ plan }) => !!plan.tag_ids).then(
      () => {
        setTicketTagsStep(
          transform({ plan }, ({ plan }) => ({
            ticket_id: plan.ticket.id,
            tag_ids: plan.tag_ids!,
          }))
        )
      }
    )
    when(
      "ticket-followers-changed",
      { plan },
      ({ plan }) => !!plan.follower_ids
    ).then(() => {
      setTicketFollowersStep(
        transform({ plan }, ({ plan }) => ({
          ticket_id: plan.ticket.id,
          user_ids: plan.follower_ids!,
        }))
      )
    })

    // every line in one step: one transaction, and one compensation removing them all
    const appended = appendMessagesStep(
      transform({ plan, input }, ({ plan, input }) => ({
        messages: TICKET_CHANGE_KINDS.flatMap((kind) =>
          plan.lines[kind]
            ? [
                {
                  ticket_id: plan.ticket.id,
                  author_type: "system" as const,
                  author_id: input.user_id ?? null,
                  kind: "note" as const,
                  body: plan.lines[kind],
                },
              ]
            : []
        ),
      }))
    )

    const ticketUpdated = createHook("ticketUpdated", {
      id: input.id,
      user_id: input.user_id,
      changed: plan.changed,
    })

    when("ticket-changed", { plan }, ({ plan }) => plan.changed).then(() => {
      emitEventStep({
        eventName: HelpdeskEvents.TICKET_UPDATED,
        data: transform({ plan, input }, ({ plan, input }) =>
          input.automation
            ? { id: plan.ticket.id, automation: true }
            : { id: plan.ticket.id }
        ),
      })
      publishTicketUpdatedStep({
        ids: transform({ plan }, ({ plan }) => [plan.ticket.id]),
      })
      publishMessagesStep(
        transform({ plan, appended }, ({ plan, appended }) => ({
          messages: appended.flatMap((a) =>
            !isAppendFailure(a) && a.created
              ? [{ ticket: plan.ticket, message: a.message }]
              : []
          ),
        }))
      )
    })

    return new WorkflowResponse(
      transform({ plan }, ({ plan }) => ({
        id: plan.ticket.id,
        changed: plan.changed,
      })),
      { hooks: [ticketUpdated] }
    )
  }
)
