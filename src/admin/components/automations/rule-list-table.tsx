import { ArrowDownMini, ArrowUpMini, Bolt } from "@medusajs/icons"
import {
  Button,
  Container,
  createDataTableColumnHelper,
  DataTable,
  Heading,
  IconButton,
  Switch,
  Text,
  toast,
  useDataTable,
} from "@medusajs/ui"
import { useMemo } from "react"
import { Link, useNavigate } from "react-router-dom"
import {
  useAutomationRules,
  useDeleteAutomationRule,
  useReorderAutomationRules,
  useUpdateAutomationRule,
} from "../../hooks/api/automation-rules"
import {
  AdminAutomationRule,
  DELAY_UNITS,
  TRIGGER_LABELS,
} from "../../lib/automation-types"
import { LOOKUP_QUERY } from "../../lib/lookup"
import { translate } from "../../lib/locale"
import { TimeAgo } from "../inbox/ticket-format"
import { RowActions } from "../row-actions"
import { ListEmptyState, NameCell } from "../settings-list-table"
import { useTranslation } from "react-i18next"

const columnHelper = createDataTableColumnHelper<AdminAutomationRule>()

/** "No agent has answered for a while (30 min)". */
export const triggerSummary = (rule: AdminAutomationRule) => {
  const unit = DELAY_UNITS[rule.trigger]
  const label = TRIGGER_LABELS[rule.trigger]
    ? translate(TRIGGER_LABELS[rule.trigger])
    : rule.trigger
  if (!unit || !rule.delay_minutes) {
    return label
  }
  return unit === "hours"
    ? `${label} (${rule.delay_minutes / 60} h)`
    : `${label} (${rule.delay_minutes} min)`
}

const EnabledSwitch = ({ rule }: { rule: AdminAutomationRule }) => {
  const { t } = useTranslation()
  const { mutateAsync, isPending } = useUpdateAutomationRule(rule.id)

  const toggle = async (enabled: boolean) => {
    try {
      await mutateAsync({ enabled })
      toast.success(
        t("helpdesk.automations.ruleIs", {
          name: rule.name,
          value: enabled
            ? t("helpdesk.automations.stateEnabled")
            : t("helpdesk.automations.stateDisabled"),
        })
      )
    } catch (e) {
      toast.error(
        e instanceof Error
          ? e.message
          : t("helpdesk.automations.theRuleCouldNot")
      )
    }
  }

  return (
    // the row opens the editor on click; the switch must not
    <div onClick={(event) => event.stopPropagation()}>
      <Switch
        size="small"
        aria-label={t("helpdesk.automations.enableTheRule", {
          name: rule.name,
        })}
        checked={rule.enabled}
        disabled={isPending}
        onCheckedChange={(enabled) => void toggle(enabled)}
      />
    </div>
  )
}

const RuleRowActions = ({ rule }: { rule: AdminAutomationRule }) => {
  const { t } = useTranslation()
  const { mutateAsync } = useDeleteAutomationRule(rule.id)

  return (
    <RowActions
      label={t("helpdesk.automations.actionsForTheRule", { name: rule.name })}
      id={rule.id}
      deletion={{
        title: t("helpdesk.automations.deleteTheRule", { name: rule.name }),
        description: t("helpdesk.automations.itStopsRunningAt"),
        remove: () => mutateAsync(),
        deleted: t("helpdesk.automations.ruleWasDeleted", { name: rule.name }),
        failed: t("helpdesk.automations.theRuleCouldNot4"),
      }}
    />
  )
}

/** Settings → Helpdesk → Automations: the rules in the order they run. */
export const RuleListTable = () => {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const { automation_rules, count, isLoading, isError, error } =
    useAutomationRules(LOOKUP_QUERY)
  const reorder = useReorderAutomationRules()

  const rules = useMemo(
    () => [...(automation_rules ?? [])].sort((a, b) => a.position - b.position),
    [automation_rules]
  )

  const columns = useMemo(() => {
    const move = async (index: number, by: -1 | 1) => {
      const ids = rules.map((r) => r.id)
      const [moved] = ids.splice(index, 1)
      ids.splice(index + by, 0, moved)
      try {
        await reorder.mutateAsync(ids)
      } catch (e) {
        toast.error(
          e instanceof Error
            ? e.message
            : t("helpdesk.automations.theRulesCouldNot")
        )
      }
    }

    return [
      columnHelper.display({
        id: "order",
        header: t("helpdesk.automations.order"),
        cell: ({ row }) => (
          <div
            className="flex items-center gap-x-0.5"
            onClick={(event) => event.stopPropagation()}
          >
            <Text size="small" className="text-ui-fg-subtle w-5 tabular-nums">
              {row.index + 1}
            </Text>
            <IconButton
              size="2xsmall"
              variant="transparent"
              aria-label={t("helpdesk.automations.moveUp", {
                name: row.original.name,
              })}
              disabled={row.index === 0 || reorder.isPending}
              onClick={() => void move(row.index, -1)}
            >
              <ArrowUpMini />
            </IconButton>
            <IconButton
              size="2xsmall"
              variant="transparent"
              aria-label={t("helpdesk.automations.moveDown", {
                name: row.original.name,
              })}
              disabled={row.index === rules.length - 1 || reorder.isPending}
              onClick={() => void move(row.index, 1)}
            >
              <ArrowDownMini />
            </IconButton>
          </div>
        ),
      }),
      columnHelper.accessor("name", {
        header: t("helpdesk.automations.rule"),
        cell: ({ row }) => (
          <div className="flex min-w-0 flex-col">
            <NameCell>{row.original.name}</NameCell>
            {row.original.stop_processing && (
              <Text size="xsmall" className="text-ui-fg-subtle">
                {t("helpdesk.automations.stopsTheRulesAfter")}
              </Text>
            )}
          </div>
        ),
      }),
      columnHelper.accessor("trigger", {
        header: t("helpdesk.automations.when"),
        cell: ({ row }) => (
          <Text size="small" leading="compact">
            {triggerSummary(row.original)}
          </Text>
        ),
      }),
      columnHelper.accessor("last_run_at", {
        header: t("helpdesk.automations.lastRun"),
        cell: ({ getValue }) => (
          <Text size="small" leading="compact" className="text-ui-fg-subtle">
            {getValue() ? (
              <TimeAgo value={getValue()} />
            ) : (
              t("helpdesk.automations.never")
            )}
          </Text>
        ),
      }),
      columnHelper.accessor("enabled", {
        header: t("helpdesk.automations.enabled"),
        cell: ({ row }) => <EnabledSwitch rule={row.original} />,
      }),
      columnHelper.display({
        id: "actions",
        cell: ({ row }) => (
          <div className="flex justify-end">
            <RuleRowActions rule={row.original} />
          </div>
        ),
      }),
    ]
  }, [rules, reorder, t])

  const table = useDataTable({
    data: rules,
    columns,
    rowCount: count ?? 0,
    getRowId: (row) => row.id,
    isLoading,
    onRowClick: (_event, row) => navigate(`${row.id}/edit`),
  })

  if (isError) {
    throw error
  }

  return (
    <Container className="divide-y p-0">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 px-6 py-4 md:flex-row md:items-center">
          <div className="flex flex-col gap-y-1">
            <Heading>{t("helpdesk.automations.automations")}</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {t("helpdesk.automations.rulesThatAnswerPrioritise")}
            </Text>
          </div>
          <Button size="small" variant="secondary" asChild>
            <Link to="create">{t("helpdesk.automations.create")}</Link>
          </Button>
        </DataTable.Toolbar>
        <DataTable.Table
          emptyState={{
            empty: {
              custom: (
                <ListEmptyState
                  icon={Bolt}
                  title={t("helpdesk.automations.noRulesYet")}
                  description={t("helpdesk.automations.createARuleE")}
                  createLabel={t("helpdesk.automations.createRule")}
                />
              ),
            },
          }}
        />
      </DataTable>
      {(count ?? 0) > rules.length && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-3">
          {t("helpdesk.automations.showingFirst", {
            shown: rules.length,
            count,
          })}
        </Text>
      )}
    </Container>
  )
}
