import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useTicketAutomationRuns } from "../../hooks/api/automation-rules"
import {
  ACTION_LABELS,
  AdminAutomationRun,
  AutomationActionOutcome,
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

/** What one action of the run did, as a short line, e.g. "Priority → Urgent". */
const describeOutcome = (
  outcome: AutomationActionOutcome,
  names: Names
): string => {
  const detail = outcome.detail ?? ""
  if (outcome.status === "skipped") {
    return `${ACTION_LABELS[outcome.type] ?? outcome.type}: skipped (${detail})`
  }
  if (outcome.status === "failed") {
    return `${ACTION_LABELS[outcome.type] ?? outcome.type}: failed (${detail})`
  }
  const line = (() => {
    switch (outcome.type) {
      case "set_priority":
        return `Priority → ${PRIORITY_LABELS[detail as TicketPriority] ?? detail}`
      case "set_status":
        return `Status → ${STATUS_LABELS[detail as TicketStatus] ?? detail}`
      case "add_tag":
        return `Tag added: ${names.tag(detail)}`
      case "remove_tag":
        return `Tag removed: ${names.tag(detail)}`
      case "assign_agent":
        return detail === "unassigned"
          ? "Unassigned"
          : `Assigned to ${names.user(detail)}`
      case "assign_team":
        return detail === "no team"
          ? "Team removed"
          : `Given to the team ${names.team(detail)}`
      case "send_autoresponse":
        return "Autoresponse sent"
      case "add_note":
        return "Internal note added"
      case "set_baselinker_order_status":
        return `BaseLinker order status changed: ${detail}`
      case "send_email":
        return `E-mail sent${detail ? ` to ${detail}` : ""}`
      default:
        return ACTION_LABELS[outcome.type as RuleActionType] ?? outcome.type
    }
  })()
  return outcome.status === "unchanged" ? `${line} (already so)` : line
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
              <Text size="xsmall">{describeOutcome(applied, names)}</Text>
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
  // only rules that matched are logged; a failed one shows its error
  const runs = automation_runs ?? []
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
      ) : runs.length === 0 ? (
        <Text size="small" className="text-ui-fg-muted px-6 py-4">
          No rule has acted on this ticket yet.
        </Text>
      ) : (
        <ul className="divide-y">
          {runs.map((run) => (
            <RunItem key={run.id} run={run} names={names} />
          ))}
        </ul>
      )}
    </Container>
  )
}
