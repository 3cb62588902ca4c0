import { ChevronUpDown } from "@medusajs/icons"
import { Button, DropdownMenu, Input, Select, Text } from "@medusajs/ui"
import { createContext, ReactNode, useContext, useMemo } from "react"
import { useBaselinkerStatuses } from "../../hooks/api/baselinker"
import { useChannels } from "../../hooks/api/channels"
import { useInboxes } from "../../hooks/api/inboxes"
import { useTags } from "../../hooks/api/tags"
import { useTeams } from "../../hooks/api/teams"
import {
  FieldKind,
  fieldDefinition,
  NULL_VALUE,
} from "../../lib/automation-types"
import { userDisplayName } from "../../lib/channel-form"
import { LOOKUP_QUERY } from "../../lib/lookup"
import { useAgentDirectory } from "../inbox/ticket-format"
import { useTranslation } from "react-i18next"
import { translate } from "../../lib/locale"

export type Option = { value: string; label: string }

type Lookups = Record<
  "channel" | "tag" | "user" | "team" | "inbox" | "baselinker_status",
  Option[]
> & {
  /** Why BaseLinker statuses could not be listed, when they could not. */
  baselinkerProblem: string | null
}

const LookupsContext = createContext<Lookups | null>(null)

/** Loads once what the pickers of the rule editor offer: channels, tags, users, teams, inboxes, BaseLinker statuses. */
export const RuleLookupsProvider = ({ children }: { children: ReactNode }) => {
  const { t } = useTranslation()
  const { channels } = useChannels(LOOKUP_QUERY)
  const { tags } = useTags(LOOKUP_QUERY)
  const { teams } = useTeams(LOOKUP_QUERY)
  const { inboxes } = useInboxes(LOOKUP_QUERY)
  const { users } = useAgentDirectory()
  const baselinker = useBaselinkerStatuses({ retry: false })

  const value = useMemo<Lookups>(
    () => ({
      channel: (channels ?? []).map((c) => ({ value: c.id, label: c.name })),
      tag: (tags ?? []).map((t) => ({ value: t.id, label: t.name })),
      user: users.map((u) => ({ value: u.id, label: userDisplayName(u) })),
      team: (teams ?? []).map((t) => ({ value: t.id, label: t.name })),
      inbox: (inboxes ?? []).map((i) => ({ value: i.id, label: i.name })),
      baselinker_status: (baselinker.statuses ?? []).map((s) => ({
        value: String(s.id),
        label: s.name,
      })),
      baselinkerProblem: baselinker.isError
        ? t("helpdesk.automations.baselinkerStatusesCouldNot", {
            message: baselinker.error?.message,
          })
        : baselinker.statuses && baselinker.statuses.length === 0
          ? t("helpdesk.automations.baselinkerListsNoOrder")
          : null,
    }),
    [
      channels,
      tags,
      users,
      teams,
      inboxes,
      baselinker.statuses,
      baselinker.isError,
      baselinker.error,
    ]
  )

  return (
    <LookupsContext.Provider value={value}>{children}</LookupsContext.Provider>
  )
}

export const useRuleLookups = () => {
  const lookups = useContext(LookupsContext)
  if (!lookups) {
    throw new Error("useRuleLookups must be used inside RuleLookupsProvider")
  }
  return lookups
}

/** The options of a field, or null when it takes free input. */
export const useFieldOptions = (field: string): Option[] | null => {
  const { t } = useTranslation()
  const lookups = useRuleLookups()
  const definition = fieldDefinition(field)
  const options = optionsOfKind(definition.kind, definition.options, lookups)
  return options && definition.nullable
    ? [
        {
          value: NULL_VALUE,
          label:
            definition.kind === "user"
              ? t("helpdesk.automations.nobodyUnassigned")
              : t("helpdesk.automations.none"),
        },
        ...options,
      ]
    : options
}

const optionsOfKind = (
  kind: FieldKind,
  enumOptions: Option[] | undefined,
  lookups: Lookups
): Option[] | null => {
  switch (kind) {
    case "channel":
    case "tag":
    case "user":
    case "team":
    case "inbox":
    case "baselinker_status":
      return lookups[kind]
    case "enum":
      return enumOptions ?? []
    case "boolean":
      return [
        { value: "true", label: translate("helpdesk.automations.yes") },
        { value: "false", label: translate("helpdesk.automations.no") },
      ]
    default:
      return null
  }
}

/** A value that the list no longer holds (deleted, or beyond the first page) still shows as its id. */
const withCurrent = (options: Option[], values: string[]) => [
  ...options,
  ...values
    .filter((v) => v && !options.some((o) => o.value === v))
    .map((v) => ({ value: v, label: v })),
]

type OptionSelectProps = {
  id?: string
  label: string
  value: string
  options: Option[]
  placeholder?: string
  invalid?: boolean
  onChange: (value: string) => void
}

/** One option from a list, as a Medusa select. */
export const OptionSelect = ({
  id,
  label,
  value,
  options,
  placeholder,
  invalid,
  onChange,
}: OptionSelectProps) => {
  const { t } = useTranslation()
  placeholder ??= t("helpdesk.automations.choose")
  return (
    <Select size="small" value={value || undefined} onValueChange={onChange}>
      <Select.Trigger id={id} aria-label={label} aria-invalid={invalid}>
        <Select.Value placeholder={placeholder} />
      </Select.Trigger>
      <Select.Content>
        {withCurrent(options, [value]).map((option) => (
          <Select.Item key={option.value} value={option.value}>
            {option.label}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
}

type OptionMultiSelectProps = {
  label: string
  value: string[]
  options: Option[]
  invalid?: boolean
  onChange: (value: string[]) => void
}

/** Several options from a list, ticked in a menu. */
export const OptionMultiSelect = ({
  label,
  value,
  options,
  invalid,
  onChange,
}: OptionMultiSelectProps) => {
  const { t } = useTranslation()
  const all = withCurrent(options, value)
  const names = all.filter((o) => value.includes(o.value)).map((o) => o.label)
  return (
    <DropdownMenu>
      <DropdownMenu.Trigger asChild>
        <Button
          type="button"
          size="small"
          variant="secondary"
          aria-label={label}
          aria-invalid={invalid}
          className="w-full justify-between font-normal"
        >
          <span className="truncate">
            {names.length ? names.join(", ") : t("helpdesk.automations.choose")}
          </span>
          <ChevronUpDown className="text-ui-fg-muted shrink-0" />
        </Button>
      </DropdownMenu.Trigger>
      <DropdownMenu.Content align="start" className="max-h-72 overflow-y-auto">
        {all.length === 0 && (
          <Text size="small" className="text-ui-fg-muted px-2 py-1.5">
            {t("helpdesk.automations.nothingToChooseFrom")}
          </Text>
        )}
        {all.map((option) => (
          <DropdownMenu.CheckboxItem
            key={option.value}
            checked={value.includes(option.value)}
            onSelect={(event) => event.preventDefault()}
            onCheckedChange={(checked) =>
              onChange(
                checked
                  ? [...value, option.value]
                  : value.filter((v) => v !== option.value)
              )
            }
          >
            {option.label}
          </DropdownMenu.CheckboxItem>
        ))}
      </DropdownMenu.Content>
    </DropdownMenu>
  )
}

type ConditionValueInputProps = {
  /** Names the control, e.g. "Condition 1 value". */
  label: string
  field: string
  operator: string
  value: string
  values: string[]
  invalid?: boolean
  onValueChange: (value: string) => void
  onValuesChange: (values: string[]) => void
}

/** The value of a condition, as its field takes it: a picker, a select, a time, a number or text. */
export const ConditionValueInput = ({
  label,
  field,
  operator,
  value,
  values,
  invalid,
  onValueChange,
  onValuesChange,
}: ConditionValueInputProps) => {
  const { t } = useTranslation()
  const options = useFieldOptions(field)
  const { kind } = fieldDefinition(field)

  if (options) {
    return operator === "in" ? (
      <OptionMultiSelect
        label={label}
        value={values}
        options={options.filter((o) => o.value !== NULL_VALUE)}
        invalid={invalid}
        onChange={onValuesChange}
      />
    ) : (
      <OptionSelect
        label={label}
        value={value}
        options={options}
        invalid={invalid}
        onChange={onValueChange}
      />
    )
  }

  return (
    <Input
      size="small"
      aria-label={label}
      aria-invalid={invalid}
      type={kind === "number" ? "number" : kind === "time" ? "time" : "text"}
      step={kind === "number" ? "0.01" : undefined}
      placeholder={
        field === "email_domain"
          ? t("helpdesk.automations.exampleCom")
          : kind === "number"
            ? "0.00"
            : undefined
      }
      value={value}
      onChange={(event) => onValueChange(event.target.value)}
    />
  )
}
