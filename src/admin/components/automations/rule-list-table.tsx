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
  const { mutateAsync, isPending } = useUpdateAutomationRule(rule.id)

  const toggle = async (enabled: boolean) => {
    try {
      await mutateAsync({ enabled })
      toast.success(
        `Rule "${rule.name}" is ${enabled ? "enabled" : "disabled"}.`
      )
    } catch (e) {
      toast.error(
        e instanceof Error ? e.message : "The rule could not be saved."
      )
    }
  }

  return (
    // the row opens the editor on click; the switch must not
    <div onClick={(event) => event.stopPropagation()}>
      <Switch
        size="small"
        aria-label={`Enable the rule ${rule.name}`}
        checked={rule.enabled}
        disabled={isPending}
        onCheckedChange={(enabled) => void toggle(enabled)}
      />
    </div>
  )
}

const RuleRowActions = ({ rule }: { rule: AdminAutomationRule }) => {
  const { mutateAsync } = useDeleteAutomationRule(rule.id)

  return (
    <RowActions
      label={`Actions for the rule ${rule.name}`}
      id={rule.id}
      deletion={{
        title: `Delete the rule "${rule.name}"?`,
        description:
          "It stops running at once; what it already did to tickets stays. This cannot be undone.",
        remove: () => mutateAsync(),
        deleted: `Rule "${rule.name}" was deleted.`,
        failed: "The rule could not be deleted.",
      }}
    />
  )
}

/** Settings → Helpdesk → Automations: the rules in the order they run. */
export const RuleListTable = () => {
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
          e instanceof Error ? e.message : "The rules could not be reordered."
        )
      }
    }

    return [
      columnHelper.display({
        id: "order",
        header: "Order",
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
              aria-label={`Move ${row.original.name} up`}
              disabled={row.index === 0 || reorder.isPending}
              onClick={() => void move(row.index, -1)}
            >
              <ArrowUpMini />
            </IconButton>
            <IconButton
              size="2xsmall"
              variant="transparent"
              aria-label={`Move ${row.original.name} down`}
              disabled={row.index === rules.length - 1 || reorder.isPending}
              onClick={() => void move(row.index, 1)}
            >
              <ArrowDownMini />
            </IconButton>
          </div>
        ),
      }),
      columnHelper.accessor("name", {
        header: "Rule",
        cell: ({ row }) => (
          <div className="flex min-w-0 flex-col">
            <NameCell>{row.original.name}</NameCell>
            {row.original.stop_processing && (
              <Text size="xsmall" className="text-ui-fg-subtle">
                Stops the rules after it
              </Text>
            )}
          </div>
        ),
      }),
      columnHelper.accessor("trigger", {
        header: "When",
        cell: ({ row }) => (
          <Text size="small" leading="compact">
            {triggerSummary(row.original)}
          </Text>
        ),
      }),
      columnHelper.accessor("last_run_at", {
        header: "Last run",
        cell: ({ getValue }) => (
          <Text size="small" leading="compact" className="text-ui-fg-subtle">
            {getValue() ? <TimeAgo value={getValue()} /> : "Never"}
          </Text>
        ),
      }),
      columnHelper.accessor("enabled", {
        header: "Enabled",
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
  }, [rules, reorder])

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
            <Heading>Automations</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Rules that answer, prioritise, tag and route tickets. They run
              from the top down.
            </Text>
          </div>
          <Button size="small" variant="secondary" asChild>
            <Link to="create">Create</Link>
          </Button>
        </DataTable.Toolbar>
        <DataTable.Table
          emptyState={{
            empty: {
              custom: (
                <ListEmptyState
                  icon={Bolt}
                  title="No rules yet"
                  description="Create a rule, e.g. one that answers negative messages at once and marks them urgent."
                  createLabel="Create rule"
                />
              ),
            },
          }}
        />
      </DataTable>
      {(count ?? 0) > rules.length && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-3">
          Showing the first {rules.length} of {count} rules.
        </Text>
      )}
    </Container>
  )
}
