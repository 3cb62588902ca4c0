import { XMark } from "@medusajs/icons"
import { Button, Select } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useChannels } from "../../hooks/api/channels"
import { useInboxes } from "../../hooks/api/inboxes"
import { useTags } from "../../hooks/api/tags"
import { useTeams } from "../../hooks/api/teams"
import { userDisplayName } from "../../lib/channel-form"
import { TICKET_PRIORITIES, TICKET_STATUSES } from "../../lib/ticket-types"
import {
  SENTIMENT_FLAGS,
  SENTIMENT_LABELS,
  TOPIC_IDS,
} from "../../../types/classification"
import {
  FLAG_NAMES,
  PRIORITY_LABELS,
  SENTIMENT_NAMES,
  STATUS_LABELS,
  TOPIC_NAMES,
  useAgentDirectory,
} from "./ticket-format"
import { LOOKUP_QUERY } from "../../lib/lookup"

/** Radix Select has no empty value; this one means "no filter". */
const ANY = "__any"

export const FILTER_KEYS = [
  "channel_id",
  "inbox_id",
  "status",
  "priority",
  "tag_id",
  "assignee_id",
  "team_id",
  "sentiment",
  "sentiment_flag",
  "context",
] as const
export type FilterKey = (typeof FILTER_KEYS)[number]
export type InboxFilterValues = Partial<Record<FilterKey, string>>

type Option = { value: string; label: string }

const FilterSelect = ({
  label,
  value,
  options,
  onChange,
}: {
  label: string
  value: string | undefined
  options: Option[]
  onChange: (value: string | undefined) => void
}) => {
  const { t } = useTranslation()
  return (
    <Select
      size="small"
      value={value ?? ANY}
      onValueChange={(next) => onChange(next === ANY ? undefined : next)}
    >
      <Select.Trigger
        aria-label={label}
        className="w-auto min-w-[120px] max-w-[200px]"
      >
        <Select.Value placeholder={label}>
          {value === undefined
            ? label
            : `${label}: ${options.find((o) => o.value === value)?.label ?? "…"}`}
        </Select.Value>
      </Select.Trigger>
      <Select.Content>
        <Select.Item value={ANY}>
          {t("helpdesk.filters.any", { label: label.toLowerCase() })}
        </Select.Item>
        {options.map((option) => (
          <Select.Item key={option.value} value={option.value}>
            {option.label}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
}

type InboxFiltersProps = {
  values: InboxFilterValues
  onChange: (key: FilterKey, value: string | undefined) => void
  onClear: () => void
}

/**
 * Narrow the list by channel, inbox, status, priority, tag, assignee, team, and the
 * classifier's labels: sentiment, flag and context.
 */
export const InboxFilters = ({
  values,
  onChange,
  onClear,
}: InboxFiltersProps) => {
  const { channels } = useChannels(LOOKUP_QUERY)
  const { inboxes } = useInboxes(LOOKUP_QUERY)
  const { tags } = useTags(LOOKUP_QUERY)
  const { teams } = useTeams(LOOKUP_QUERY)
  const { users } = useAgentDirectory()
  const { t } = useTranslation()

  const active = FILTER_KEYS.some((key) => values[key] !== undefined)

  return (
    <div
      role="group"
      aria-label={t("helpdesk.filters.label")}
      className="flex flex-wrap items-center gap-2"
    >
      <FilterSelect
        label={t("helpdesk.filters.channel")}
        value={values.channel_id}
        options={(channels ?? []).map((c) => ({ value: c.id, label: c.name }))}
        onChange={(v) => onChange("channel_id", v)}
      />
      <FilterSelect
        label={t("helpdesk.filters.inbox")}
        value={values.inbox_id}
        options={(inboxes ?? []).map((i) => ({ value: i.id, label: i.name }))}
        onChange={(v) => onChange("inbox_id", v)}
      />
      <FilterSelect
        label={t("helpdesk.filters.status")}
        value={values.status}
        options={TICKET_STATUSES.map((s) => ({
          value: s,
          label: t(STATUS_LABELS[s]),
        }))}
        onChange={(v) => onChange("status", v)}
      />
      <FilterSelect
        label={t("helpdesk.filters.priority")}
        value={values.priority}
        options={TICKET_PRIORITIES.map((p) => ({
          value: p,
          label: t(PRIORITY_LABELS[p]),
        }))}
        onChange={(v) => onChange("priority", v)}
      />
      <FilterSelect
        label={t("helpdesk.filters.tag")}
        value={values.tag_id}
        options={(tags ?? []).map((tag) => ({
          value: tag.id,
          label: tag.name,
        }))}
        onChange={(v) => onChange("tag_id", v)}
      />
      <FilterSelect
        label={t("helpdesk.filters.assignee")}
        value={values.assignee_id}
        options={[
          { value: "none", label: t("helpdesk.filters.nobody") },
          ...users.map((u) => ({ value: u.id, label: userDisplayName(u) })),
        ]}
        onChange={(v) => onChange("assignee_id", v)}
      />
      <FilterSelect
        label={t("helpdesk.filters.team")}
        value={values.team_id}
        options={(teams ?? []).map((team) => ({
          value: team.id,
          label: team.name,
        }))}
        onChange={(v) => onChange("team_id", v)}
      />
      <FilterSelect
        label={t("helpdesk.filters.sentiment")}
        value={values.sentiment}
        options={SENTIMENT_LABELS.map((s) => ({
          value: s,
          label: t(SENTIMENT_NAMES[s]),
        }))}
        onChange={(v) => onChange("sentiment", v)}
      />
      <FilterSelect
        label={t("helpdesk.filters.flag")}
        value={values.sentiment_flag}
        options={SENTIMENT_FLAGS.map((f) => ({
          value: f,
          label: t(FLAG_NAMES[f]),
        }))}
        onChange={(v) => onChange("sentiment_flag", v)}
      />
      <FilterSelect
        label={t("helpdesk.filters.context")}
        value={values.context}
        options={TOPIC_IDS.map((topic) => ({
          value: topic,
          label: t(TOPIC_NAMES[topic]),
        }))}
        onChange={(v) => onChange("context", v)}
      />
      {active && (
        <Button size="small" variant="transparent" onClick={onClear}>
          <XMark />
          {t("helpdesk.filters.clear")}
        </Button>
      )}
    </div>
  )
}
