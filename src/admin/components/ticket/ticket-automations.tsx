import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useTicketAutomationRuns } from "../../hooks/api/automation-rules"
import {
  ACTION_LABELS,
  AdminAutomationRun,
  RuleActionType,
  TRIGGER_LABELS,
  RuleTrigger,
} from "../../lib/automation-types"
import { Bidi } from "../../lib/bidi"
import { LOOKUP_QUERY } from "../../lib/lookup"
import { useTags } from "../../hooks/api/tags"
import { useTeams } from "../../hooks/api/teams"
import {
  formatDateTime,
  PRIORITY_LABELS,
  STATUS_LABELS,
  useAgentDirectory,
} from "../inbox/ticket-format"
import type { TicketPriority, TicketStatus } from "../../lib/ticket-types"

type Names = {
  tag: (id: string) => string
  team: (id: string) => string
  user: (id: string) => string
}

/** One applied action as a short line, e.g. "Priority → Urgent". */
const describeAction = (applied: unknown, names: Names): string => {
  if (typeof applied === "string") {
    return applied
  }
  if (!applied || typeof applied !== "object") {
    return String(applied)
  }
  const a = applied as Record<string, unknown> & { type?: string }
  const text = (key: string) => String(a[key] ?? "")
  const skipped = a.skipped ? " (skipped)" : ""
  switch (a.type) {
    case "set_priority":
      return `Priority → ${PRIORITY_LABELS[text("priority") as TicketPriority] ?? text("priority")}`
    case "set_status":
      return `Status → ${STATUS_LABELS[text("status") as TicketStatus] ?? text("status")}`
    case "add_tag":
      return `Tag added: ${names.tag(text("tag_id"))}`
    case "remove_tag":
      return `Tag removed: ${names.tag(text("tag_id"))}`
    case "assign_agent":
      return `Assigned to ${names.user(text("user_id"))}`
    case "assign_team":
      return `Given to the team ${names.team(text("team_id"))}`
    case "send_autoresponse":
      return `Autoresponse sent${skipped}`
    case "add_note":
      return "Internal note added"
    case "set_baselinker_order_status":
      return `BaseLinker order status → ${text("status_name") || text("status_id")}`
    case "send_email":
      return `E-mail sent${skipped}`
    default:
      return a.type
        ? (ACTION_LABELS[a.type as RuleActionType] ?? a.type) + skipped
        : JSON.stringify(applied)
  }
}

const RunItem = ({ run, names }: { run: AdminAutomationRun; names: Names }) => {
  const actions = run.actions_applied ?? []
  return (
    <li
      className="flex flex-col gap-y-1 px-6 py-3"
      aria-label={`Run of ${run.rule_name ?? "a deleted rule"}`}
    >
      <div className="flex items-center justify-between gap-x-2">
        <Text size="small" weight="plus" leading="compact" className="truncate">
          <Bidi>{run.rule_name ?? "Deleted rule"}</Bidi>
        </Text>
        {run.error ? (
          <Badge size="2xsmall" color="red">
            Failed
          </Badge>
        ) : (
          <Badge size="2xsmall" color="green">
            Applied
          </Badge>
        )}
      </div>
      <Text size="xsmall" className="text-ui-fg-subtle">
        {TRIGGER_LABELS[run.trigger as RuleTrigger] ?? run.trigger} ·{" "}
        <time dateTime={run.created_at}>{formatDateTime(run.created_at)}</time>
      </Text>
      {actions.length > 0 && (
        <ul className="text-ui-fg-base flex flex-col">
          {actions.map((applied, index) => (
            <li key={index}>
              <Text size="xsmall">{describeAction(applied, names)}</Text>
            </li>
          ))}
        </ul>
      )}
      {run.error && (
        <Text size="xsmall" className="text-ui-fg-error break-words">
          {run.error}
        </Text>
      )}
    </li>
  )
}

/** The rules that ran on this ticket: what each did, or why it failed. */
export const TicketAutomations = ({ ticketId }: { ticketId: string }) => {
  const { automation_runs, isPending, isError, error } =
    useTicketAutomationRuns(ticketId)
  const { tags } = useTags(LOOKUP_QUERY)
  const { teams } = useTeams(LOOKUP_QUERY)
  const { nameOf } = useAgentDirectory()

  const names: Names = {
    tag: (id) => tags?.find((t) => t.id === id)?.name ?? id,
    team: (id) => teams?.find((t) => t.id === id)?.name ?? id,
    user: (id) => nameOf(id) ?? id,
  }
  const runs = automation_runs ?? []
  // a rule whose conditions did not match did nothing; only their number is told
  const shown = runs.filter((run) => run.matched || run.error)
  const unmatched = runs.length - shown.length

  return (
    <Container role="region" className="divide-y p-0" aria-label="Automations">
      <div className="px-6 py-4">
        <Heading level="h2">Automations</Heading>
      </div>
      {isPending ? (
        <Text size="small" className="text-ui-fg-muted px-6 py-4">
          Loading runs…
        </Text>
      ) : isError ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          The runs could not be loaded: {error?.message}
        </Text>
      ) : shown.length === 0 ? (
        <Text size="small" className="text-ui-fg-muted px-6 py-4">
          No rule has acted on this ticket yet.
        </Text>
      ) : (
        <ul className="divide-y">
          {shown.map((run) => (
            <RunItem key={run.id} run={run} names={names} />
          ))}
        </ul>
      )}
      {unmatched > 0 && (
        <Text size="xsmall" className="text-ui-fg-muted px-6 py-3">
          {unmatched} {unmatched === 1 ? "rule was" : "rules were"} checked
          without matching.
        </Text>
      )}
    </Container>
  )
}
