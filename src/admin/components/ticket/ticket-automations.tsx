import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { TFunction } from "i18next"
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
  names: Names,
  t: TFunction
): string => {
  const detail = outcome.detail ?? ""
  const action =
    outcome.type in ACTION_LABELS
      ? t(ACTION_LABELS[outcome.type as RuleActionType])
      : outcome.type
  if (outcome.status === "skipped") {
    return t("helpdesk.runs.skipped", { action, detail })
  }
  if (outcome.status === "failed") {
    return t("helpdesk.runs.failedAction", { action, detail })
  }
  const line = (() => {
    switch (outcome.type) {
      case "set_priority":
        return t("helpdesk.runs.priority", {
          value:
            detail in PRIORITY_LABELS
              ? t(PRIORITY_LABELS[detail as TicketPriority])
              : detail,
        })
      case "set_status":
        return t("helpdesk.runs.status", {
          value:
            detail in STATUS_LABELS
              ? t(STATUS_LABELS[detail as TicketStatus])
              : detail,
        })
      case "add_tag":
        return t("helpdesk.runs.tagAdded", { tag: names.tag(detail) })
      case "remove_tag":
        return t("helpdesk.runs.tagRemoved", { tag: names.tag(detail) })
      case "assign_agent":
        return detail === "unassigned"
          ? t("helpdesk.runs.unassigned")
          : t("helpdesk.runs.assigned", { user: names.user(detail) })
      case "assign_team":
        return detail === "no team"
          ? t("helpdesk.runs.teamRemoved")
          : t("helpdesk.runs.team", { team: names.team(detail) })
      case "send_autoresponse":
        return t("helpdesk.runs.autoresponse")
      case "add_note":
        return t("helpdesk.runs.note")
      case "set_baselinker_order_status":
        return t("helpdesk.runs.baselinkerStatus", { status: detail })
      case "send_email":
        return detail
          ? t("helpdesk.runs.emailTo", { email: detail })
          : t("helpdesk.runs.email")
      default:
        return action
    }
  })()
  return outcome.status === "unchanged"
    ? t("helpdesk.runs.unchanged", { line })
    : line
}

const RunItem = ({ run, names }: { run: AdminAutomationRun; names: Names }) => {
  const { t } = useTranslation()
  const actions = run.actions_applied ?? []
  return (
    <li
      className="flex flex-col gap-y-1 px-6 py-3"
      aria-label={t("helpdesk.runs.runOf", {
        rule: run.rule_name ?? t("helpdesk.runs.aDeletedRule"),
      })}
    >
      <div className="flex items-center justify-between gap-x-2">
        <Text size="small" weight="plus" leading="compact" className="truncate">
          <Bidi>{run.rule_name ?? t("helpdesk.runs.deletedRule")}</Bidi>
        </Text>
        {run.error ? (
          <Badge size="2xsmall" color="red">
            {t("helpdesk.runs.failed")}
          </Badge>
        ) : (
          <Badge size="2xsmall" color="green">
            {t("helpdesk.runs.applied")}
          </Badge>
        )}
      </div>
      <Text size="xsmall" className="text-ui-fg-subtle">
        {run.trigger in TRIGGER_LABELS
          ? t(TRIGGER_LABELS[run.trigger as RuleTrigger])
          : run.trigger}{" "}
        ·{" "}
        <time dateTime={run.created_at}>{formatDateTime(run.created_at)}</time>
      </Text>
      {actions.length > 0 && (
        <ul className="text-ui-fg-base flex flex-col">
          {actions.map((applied, index) => (
            <li key={index}>
              <Text size="xsmall">{describeOutcome(applied, names, t)}</Text>
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
  const { t } = useTranslation()

  const names: Names = {
    tag: (id) => tags?.find((tag) => tag.id === id)?.name ?? id,
    team: (id) => teams?.find((team) => team.id === id)?.name ?? id,
    user: (id) => nameOf(id) ?? id,
  }
  // only rules that matched are logged; a failed one shows its error
  const runs = automation_runs ?? []
  return (
    <Container
      role="region"
      className="divide-y p-0"
      aria-label={t("helpdesk.runs.title")}
    >
      <div className="px-6 py-4">
        <Heading level="h2">{t("helpdesk.runs.title")}</Heading>
      </div>
      {isPending ? (
        <Text size="small" className="text-ui-fg-muted px-6 py-4">
          {t("helpdesk.runs.loading")}
        </Text>
      ) : isError ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          {t("helpdesk.runs.loadFailed", { error: error?.message })}
        </Text>
      ) : runs.length === 0 ? (
        <Text size="small" className="text-ui-fg-muted px-6 py-4">
          {t("helpdesk.runs.empty")}
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
