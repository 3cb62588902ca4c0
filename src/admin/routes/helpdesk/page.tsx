import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChatBubbleLeftRight } from "@medusajs/icons"
import { Container, Heading, Input, Select, Text } from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useCallback, useEffect, useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { useSearchParams } from "react-router-dom"
import {
  FILTER_KEYS,
  FilterKey,
  InboxFilters,
  InboxFilterValues,
} from "../../components/inbox/inbox-filters"
import { InboxViewNav } from "../../components/inbox/inbox-view-nav"
import { LiveIndicator } from "../../components/inbox/live-indicator"
import { NewTicketModal } from "../../components/inbox/new-ticket-modal"
import { VIEW_LABELS } from "../../components/inbox/ticket-format"
import { TicketTable } from "../../components/inbox/ticket-table"
import { useTickets } from "../../hooks/api/tickets"
import { useAgentSocket } from "../../hooks/use-agent-socket"
import { translate } from "../../lib/locale"
import {
  AdminTicketListParams,
  TICKET_VIEWS,
  TicketPriority,
  TicketStatus,
  TicketView,
} from "../../lib/ticket-types"

const PAGE_SIZE = 20
const SEARCH_DELAY_MS = 300
const DEFAULT_VIEW: TicketView = "to_handle"
const DEFAULT_ORDER = "-last_message_at"

const ORDERS: { value: string; label: string }[] = [
  {
    value: "-last_message_at",
    label: "helpdesk.inbox.order.lastMessageNewest",
  },
  { value: "last_message_at", label: "helpdesk.inbox.order.lastMessageOldest" },
  { value: "-created_at", label: "helpdesk.inbox.order.createdNewest" },
  { value: "created_at", label: "helpdesk.inbox.order.createdOldest" },
  { value: "-number", label: "helpdesk.inbox.order.numberHighest" },
  { value: "priority", label: "helpdesk.inbox.order.priority" },
]

const parseView = (value: string | null): TicketView =>
  TICKET_VIEWS.find((view) => view === value) ?? DEFAULT_VIEW

const EMPTY_TEXT: Record<TicketView, string> = {
  to_handle: "helpdesk.inbox.empty.to_handle",
  mine: "helpdesk.inbox.empty.mine",
  unassigned: "helpdesk.inbox.empty.unassigned",
  pending: "helpdesk.inbox.empty.pending",
  closed: "helpdesk.inbox.empty.closed",
  all: "helpdesk.inbox.empty.all",
}

const HelpdeskInboxPage = () => {
  const { t } = useTranslation()
  const [params, setParams] = useSearchParams()
  const view = parseView(params.get("view"))
  const q = params.get("q") ?? ""
  const order = params.get("order") ?? DEFAULT_ORDER
  const pageIndex = Math.max(0, Number(params.get("page") ?? 1) - 1) || 0
  const filters = useMemo(() => {
    const values: InboxFilterValues = {}
    for (const key of FILTER_KEYS) {
      const value = params.get(key)
      if (value) {
        values[key] = value
      }
    }
    return values
  }, [params])

  const { status } = useAgentSocket()

  /** Changes some search params; any change but paging goes back to page 1. */
  const update = useCallback(
    (changes: Record<string, string | undefined>) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current)
          for (const [key, value] of Object.entries(changes)) {
            if (value === undefined || value === "") {
              next.delete(key)
            } else {
              next.set(key, value)
            }
          }
          if (!("page" in changes)) {
            next.delete("page")
          }
          return next
        },
        { replace: true }
      )
    },
    [setParams]
  )

  // The box answers every keystroke; the URL (and the request) follow once typing pauses.
  const [search, setSearch] = useState(q)
  useEffect(() => {
    // back/forward or a link changed the URL: show its search, keeping a typed trailing space
    setSearch((current) => (current.trim() === q ? current : q))
  }, [q])
  useEffect(() => {
    if (search.trim() === q) {
      return
    }
    const timer = setTimeout(
      () => update({ q: search.trim() || undefined }),
      SEARCH_DELAY_MS
    )
    return () => clearTimeout(timer)
  }, [search, q, update])

  const query = useMemo<AdminTicketListParams>(
    () => ({
      view,
      q: q || undefined,
      order,
      limit: PAGE_SIZE,
      offset: pageIndex * PAGE_SIZE,
      ...filters,
      status: filters.status as TicketStatus | undefined,
      priority: filters.priority as TicketPriority | undefined,
    }),
    [view, q, order, pageIndex, filters]
  )

  const { tickets, count, view_counts, isPending, isError, error } = useTickets(
    query,
    { placeholderData: keepPreviousData }
  )

  if (isError) {
    throw error
  }

  const filtered = !!q || Object.keys(filters).length > 0

  return (
    <div className="flex flex-col gap-3 xl:flex-row xl:items-start">
      <div className="w-full shrink-0 xl:sticky xl:top-0 xl:w-[220px]">
        <InboxViewNav
          active={view}
          counts={view_counts}
          onSelect={(next) =>
            update({ view: next === DEFAULT_VIEW ? undefined : next })
          }
        />
      </div>
      <Container className="min-w-0 flex-1 divide-y p-0">
        <div className="flex flex-col gap-y-4 px-6 py-4">
          <div className="flex items-center justify-between gap-x-4">
            <div className="flex flex-col gap-y-1">
              <div className="flex items-center gap-x-2">
                <Heading>{t(VIEW_LABELS[view])}</Heading>
                <LiveIndicator status={status} />
              </div>
              <Text size="small" className="text-ui-fg-subtle">
                {count === undefined
                  ? t("helpdesk.inbox.loading")
                  : t("helpdesk.inbox.ticketCount", { count })}
              </Text>
            </div>
            <NewTicketModal />
          </div>
          <div className="flex flex-wrap items-center gap-2">
            <Input
              type="search"
              size="small"
              placeholder={t("helpdesk.inbox.searchPlaceholder")}
              aria-label={t("helpdesk.inbox.searchLabel")}
              className="w-full md:w-[300px]"
              value={search}
              onChange={(event) => setSearch(event.target.value)}
            />
            <Select
              size="small"
              value={order}
              onValueChange={(next) =>
                update({ order: next === DEFAULT_ORDER ? undefined : next })
              }
            >
              <Select.Trigger
                aria-label={t("helpdesk.inbox.sort")}
                className="w-auto"
              >
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {ORDERS.map((option) => (
                  <Select.Item key={option.value} value={option.value}>
                    {t(option.label)}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
          <InboxFilters
            values={filters}
            onChange={(key: FilterKey, value) => update({ [key]: value })}
            onClear={() =>
              update(
                Object.fromEntries(FILTER_KEYS.map((key) => [key, undefined]))
              )
            }
          />
        </div>
        <TicketTable
          tickets={tickets}
          isLoading={isPending}
          count={count ?? 0}
          pageIndex={pageIndex}
          pageSize={PAGE_SIZE}
          onPageChange={(next) =>
            update({ page: next > 0 ? String(next + 1) : undefined })
          }
          empty={
            <div className="flex flex-col gap-y-1">
              <Text size="small" weight="plus" leading="compact">
                {filtered
                  ? t("helpdesk.inbox.noMatch")
                  : t("helpdesk.inbox.noTickets")}
              </Text>
              <Text size="small" className="text-ui-fg-subtle">
                {filtered
                  ? t("helpdesk.inbox.noMatchHint")
                  : t(EMPTY_TEXT[view])}
              </Text>
            </div>
          }
        />
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({
  label: "helpdesk.nav.helpdesk",
  translationNs: "translation",
  icon: ChatBubbleLeftRight,
})

export const handle = {
  breadcrumb: () => translate("helpdesk.nav.helpdesk"),
}

export default HelpdeskInboxPage
