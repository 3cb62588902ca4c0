import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import { agentFirstName } from "../../../realtime/serialize"
import type { SentimentLabel, TopicId } from "../../../types/classification"
import type { TicketPriority, TicketStatus } from "../../../types/ticket"
import { actorName, retrieveTicketOrNotFound } from "../utils/retrieve-ticket"
import { automationLines, systemLines } from "../utils/system-lines"
import type { UpdateTicketData } from "./update-tickets"

export type TicketChanges = {
  status?: TicketStatus
  priority?: TicketPriority
  assignee_id?: string | null
  team_id?: string | null
  inbox_id?: string
  tag_ids?: string[]
  follower_ids?: string[]
  /** set by hand (later messages leave it), or null to hand it back to the classifier */
  sentiment?: SentimentLabel | null
  context?: TopicId | null
}

export type PrepareTicketUpdateStepInput = TicketChanges & {
  id: string
  /** the acting agent; absent when an automation rule acts */
  user_id?: string
  automation?: { rule_name: string }
}

/** The kinds of change, each written to the transcript as one line, in this order. */
export const TICKET_CHANGE_KINDS = [
  "status",
  "priority",
  "assignee",
  "team",
  "inbox",
  "tags",
  "followers",
  "sentiment",
  "context",
] as const
export type TicketChangeKind = (typeof TICKET_CHANGE_KINDS)[number]

export type PrepareTicketUpdateStepOutput = {
  ticket: { id: string; channel_id: string | null }
  /** the ticket's own columns to change, or null when none differ */
  update: UpdateTicketData | null
  /** the complete new tag list, or null when the tags stay */
  tag_ids: string[] | null
  /** the complete new follower list, or null when the followers stay */
  follower_ids: string[] | null
  lines: Partial<Record<TicketChangeKind, string>>
  changed: boolean
}

const sameSet = (a: string[], b: string[]) =>
  a.length === b.length && a.every((x) => b.includes(x))

export const prepareTicketUpdateStepId = "prepare-helpdesk-ticket-update"
/**
 * This step compares an update with the ticket as stored and decides what really changes and
 * which transcript lines say so. Values equal to the stored ones change nothing and write
 * nothing. It changes nothing itself.
 */
export const prepareTicketUpdateStep = createStep(
  prepareTicketUpdateStepId,
  async (input: PrepareTicketUpdateStepInput, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const ticket = await retrieveTicketOrNotFound(container, input.id, [
      "id",
      "channel_id",
      "status",
      "priority",
      "assignee_id",
      "team_id",
      "inbox_id",
      "sentiment",
      "sentiment_set_by",
      "context",
      "context_set_by",
      "locale",
    ])

    const actor = input.user_id
      ? await actorName(container, input.user_id)
      : "An automation"
    // a rule's change is written as "Rule 'name': priority → urgent"
    const rule = input.automation
      ? automationLines(input.automation.rule_name, ticket.locale)
      : null
    const nameOf = async (userId: string) =>
      (await agentFirstName(container, userId)) ?? "an agent"
    const update: UpdateTicketData = { id: ticket.id }
    const lines: PrepareTicketUpdateStepOutput["lines"] = {}

    if (input.status !== undefined && input.status !== ticket.status) {
      update.status = input.status
      if (input.status === "closed") {
        update.closed_at = new Date()
      } else if (ticket.status === "closed") {
        update.closed_at = null
      }
      lines.status = rule
        ? rule.change("status", input.status)
        : systemLines.status(actor, input.status)
    }

    if (input.priority !== undefined && input.priority !== ticket.priority) {
      update.priority = input.priority
      lines.priority = rule
        ? rule.change("priority", input.priority)
        : systemLines.priority(actor, input.priority)
    }

    if (
      input.assignee_id !== undefined &&
      input.assignee_id !== ticket.assignee_id
    ) {
      update.assignee_id = input.assignee_id
      const assignee = input.assignee_id
        ? await nameOf(input.assignee_id)
        : null
      lines.assignee = rule
        ? rule.change("assignee", assignee)
        : systemLines.assignee(actor, assignee)
    }

    if (input.team_id !== undefined && input.team_id !== ticket.team_id) {
      update.team_id = input.team_id
      const ids = [input.team_id, ticket.team_id].filter(
        (id): id is string => !!id
      )
      const teams = await helpdesk.listHelpdeskTeams(
        { id: ids },
        { select: ["id", "name"], withDeleted: true }
      )
      const teamName = (id: string | null) =>
        id ? (teams.find((t) => t.id === id)?.name ?? null) : null
      lines.team = rule
        ? rule.change("team", teamName(input.team_id))
        : systemLines.team(
            actor,
            teamName(input.team_id),
            teamName(ticket.team_id)
          )
    }

    if (input.inbox_id !== undefined && input.inbox_id !== ticket.inbox_id) {
      update.inbox_id = input.inbox_id
      const [inbox] = await helpdesk.listHelpdeskInboxes(
        { id: input.inbox_id },
        { select: ["id", "name"] }
      )
      lines.inbox = systemLines.inbox(actor, inbox?.name ?? input.inbox_id)
    }

    // choosing a label by hand pins it, even when it equals the classifier's; null unpins it
    if (
      input.sentiment !== undefined &&
      (input.sentiment !== ticket.sentiment ||
        (input.sentiment !== null) !== !!ticket.sentiment_set_by)
    ) {
      update.sentiment = input.sentiment
      update.sentiment_set_by =
        input.sentiment === null ? null : (input.user_id ?? null)
      // the flags are the shopper's since an agent last looked at the mood
      update.sentiment_flags = null
      lines.sentiment = systemLines.sentiment(actor, input.sentiment)
    }

    if (
      input.context !== undefined &&
      (input.context !== ticket.context ||
        (input.context !== null) !== !!ticket.context_set_by)
    ) {
      update.context = input.context
      update.context_set_by =
        input.context === null ? null : (input.user_id ?? null)
      lines.context = systemLines.context(actor, input.context)
    }

    let tagIds: string[] | null = null
    if (input.tag_ids) {
      const wanted = [...new Set(input.tag_ids)]
      const current = (
        await helpdesk.listHelpdeskTicketTags(
          { ticket_id: ticket.id },
          { select: ["tag_id"] }
        )
      ).map((t) => t.tag_id)
      if (!sameSet(wanted, current)) {
        tagIds = wanted
        const added = wanted.filter((id) => !current.includes(id))
        const removed = current.filter((id) => !wanted.includes(id))
        const tags = await helpdesk.listHelpdeskTags(
          { id: [...added, ...removed] },
          { select: ["id", "name"], withDeleted: true }
        )
        const names = (ids: string[]) =>
          ids.map((id) => tags.find((t) => t.id === id)?.name ?? id)
        lines.tags = rule
          ? rule.tags(names(added), names(removed))
          : systemLines.tags(actor, names(added), names(removed))
      }
    }

    let followerIds: string[] | null = null
    if (input.follower_ids) {
      const wanted = [...new Set(input.follower_ids)]
      const current = (
        await helpdesk.listHelpdeskTicketFollowers(
          { ticket_id: ticket.id },
          { select: ["user_id"] }
        )
      ).map((f) => f.user_id)
      if (!sameSet(wanted, current)) {
        followerIds = wanted
        const added = wanted.filter((id) => !current.includes(id))
        const removed = current.filter((id) => !wanted.includes(id))
        lines.followers = systemLines.followers(
          actor,
          await Promise.all(added.map(nameOf)),
          await Promise.all(removed.map(nameOf))
        )
      }
    }

    const hasUpdate = Object.keys(update).length > 1
    const output: PrepareTicketUpdateStepOutput = {
      ticket: { id: ticket.id, channel_id: ticket.channel_id },
      update: hasUpdate ? update : null,
      tag_ids: tagIds,
      follower_ids: followerIds,
      lines,
      changed: hasUpdate || !!tagIds || !!followerIds,
    }
    return new StepResponse(output)
  }
)
