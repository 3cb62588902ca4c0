import {
  TICKET_VIEWS,
  type AuthorType,
  type TicketPriority,
  type TicketStatus,
  type TicketView,
} from "../../../types/ticket"

export { TICKET_VIEWS, type TicketView }

export const TICKET_LIST_ORDERS = [
  "-last_message_at",
  "last_message_at",
  "-created_at",
  "created_at",
  "-number",
  "number",
  "priority",
] as const
export type TicketListOrder = (typeof TICKET_LIST_ORDERS)[number]

/** Columns of a ticket row in the inbox list, in the order the API shows them. */
export const TICKET_ROW_COLUMNS = [
  "id",
  "number",
  "subject",
  "status",
  "priority",
  "customer_name",
  "customer_email",
  "customer_id",
  "channel_id",
  "inbox_id",
  "team_id",
  "assignee_id",
  "seller_login",
  "last_message_at",
  "last_message_author",
  "skip_next_autoresponder",
  "sentiment",
  "sentiment_flags",
  "context",
  "created_at",
  "updated_at",
  "closed_at",
] as const
export type TicketRowColumn = (typeof TICKET_ROW_COLUMNS)[number]

export type TicketListFilters = {
  view?: TicketView
  /** full-text search over subject, customer name and e-mail, and message bodies */
  q?: string
  status?: TicketStatus[]
  priority?: TicketPriority[]
  /** a user id, or null for unassigned tickets */
  assignee_id?: string | null
  channel_id?: string[]
  inbox_id?: string[]
  tag_id?: string[]
  team_id?: string[]
  customer_id?: string[]
  /** the classifier's (or an agent's) labels */
  sentiment?: string[]
  sentiment_flag?: string[]
  context?: string[]
  /** the customer's e-mail, compared case-insensitively */
  email?: string
  /** ticket numbers ("#1042") */
  number?: number[]
  /** tickets linked to an order, or written from the order's e-mail */
  order?: { ticket_ids: string[]; email: string | null }
}

export type TicketListPage = {
  limit: number
  offset: number
  order: TicketListOrder
  columns: readonly TicketRowColumn[]
}

export type TicketViewCounts = Record<TicketView, number>

export type TicketListTag = { id: string; name: string; color: string }

/** A row of the inbox list: the selected columns, and the tags when asked for. */
export type TicketListRow = { id: string; tags?: TicketListTag[] } & Record<
  string,
  unknown
>

export type TicketListResult = {
  tickets: TicketListRow[]
  count: number
  view_counts: TicketViewCounts
}

export type LastTicketMessage = {
  seq: number
  author_type: AuthorType
  author_id: string | null
  created_at: Date
}

export type SqlFragment = { sql: string; bindings: unknown[] }

/**
 * The expressions below must stay identical to the GIN expression indexes of
 * Migration20261124135500, or PostgreSQL falls back to scanning every row.
 */
const TICKET_SEARCH_VECTOR = `to_tsvector('simple', coalesce(s."subject", '') || ' ' || coalesce(s."customer_name", '') || ' ' || coalesce(s."customer_email", ''))`
const MESSAGE_SEARCH_VECTOR = `to_tsvector('simple', m."body")`

/**
 * The words of the query as PostgreSQL's own parser splits them (so an e-mail address stays
 * one word, as it is indexed), every word required, the last one matched as a prefix so
 * results follow the agent's typing. Immutable, so it is folded into a constant at planning.
 */
const SEARCH_QUERY = `(case when numnode(plainto_tsquery('simple', ?)) = 0 then plainto_tsquery('simple', ?) else (plainto_tsquery('simple', ?)::text || ':*')::tsquery end)`

/** Ticket conditions per view; `?` is the acting user. */
const VIEW_CONDITIONS: Record<TicketView, { sql: string; user: boolean }> = {
  to_handle: {
    sql: `t.status in ('new', 'open') and (t.assignee_id is null or t.assignee_id = ?)`,
    user: true,
  },
  mine: { sql: `t.assignee_id = ? and t.status <> 'closed'`, user: true },
  unassigned: {
    sql: `t.assignee_id is null and t.status <> 'closed'`,
    user: false,
  },
  pending: { sql: `t.status = 'pending'`, user: false },
  closed: { sql: `t.status = 'closed'`, user: false },
  all: { sql: `true`, user: false },
}

// Every ordering ends with the id, so pages never overlap or skip rows with equal keys.
const ORDERS: Record<TicketListOrder, string> = {
  "-last_message_at": `t.last_message_at desc nulls last, t.id desc`,
  last_message_at: `t.last_message_at asc nulls last, t.id asc`,
  "-created_at": `t.created_at desc, t.id desc`,
  created_at: `t.created_at asc, t.id asc`,
  "-number": `t.number desc`,
  number: `t.number asc`,
  priority: `case t.priority when 'urgent' then 0 when 'high' then 1 when 'normal' then 2 else 3 end, t.last_message_at desc nulls last, t.id desc`,
}

/** Tickets whose channel the user may work; tickets without a channel are everyone's. */
function accessCondition(channelIds: string[]): SqlFragment {
  return {
    sql: `t.deleted_at is null and (t.channel_id = any(?::text[]) or t.channel_id is null)`,
    bindings: [channelIds],
  }
}

function viewCondition(view: TicketView, userId: string): SqlFragment {
  const { sql, user } = VIEW_CONDITIONS[view]
  return { sql, bindings: user ? [userId] : [] }
}

const hasSearchWords = (q: string) => /[\p{L}\p{N}]/u.test(q)

function filterConditions(filters: TicketListFilters): SqlFragment[] {
  const parts: SqlFragment[] = []
  const anyOf = (column: string, values: unknown[] | undefined) => {
    if (values?.length === 1) {
      // plain equality lets a multi-column index hand rows over already in list order
      parts.push({ sql: `${column} = ?`, bindings: [values[0]] })
    } else if (values?.length) {
      parts.push({ sql: `${column} = any(?::text[])`, bindings: [values] })
    }
  }

  anyOf("t.status", filters.status)
  anyOf("t.priority", filters.priority)
  anyOf("t.channel_id", filters.channel_id)
  anyOf("t.inbox_id", filters.inbox_id)
  anyOf("t.team_id", filters.team_id)
  anyOf("t.customer_id", filters.customer_id)
  anyOf("t.sentiment", filters.sentiment)
  anyOf("t.context", filters.context)
  if (filters.sentiment_flag?.length) {
    parts.push({
      sql: `t.sentiment_flags && ?::text[]`,
      bindings: [filters.sentiment_flag],
    })
  }

  if (filters.assignee_id === null) {
    parts.push({ sql: `t.assignee_id is null`, bindings: [] })
  } else if (filters.assignee_id !== undefined) {
    parts.push({ sql: `t.assignee_id = ?`, bindings: [filters.assignee_id] })
  }
  if (filters.email !== undefined) {
    // stored lower-cased, so equality keeps the customer_email index usable
    parts.push({
      sql: `t.customer_email = ?`,
      bindings: [filters.email.trim().toLowerCase()],
    })
  }
  if (filters.number?.length) {
    parts.push({ sql: `t.number = any(?::int[])`, bindings: [filters.number] })
  }
  if (filters.tag_id?.length) {
    parts.push({
      sql: `exists (select 1 from helpdesk_ticket_tag tt where tt.ticket_id = t.id and tt.tag_id = any(?::text[]) and tt.deleted_at is null)`,
      bindings: [filters.tag_id],
    })
  }
  if (filters.order) {
    parts.push({
      sql: `(t.id = any(?::text[]) or t.customer_email = ?)`,
      bindings: [
        filters.order.ticket_ids,
        filters.order.email?.trim().toLowerCase() ?? null,
      ],
    })
  }
  if (filters.q !== undefined) {
    if (hasSearchWords(filters.q)) {
      const q = filters.q.trim()
      // A union of two index scans, instead of an OR that would defeat both indexes. As an
      // array, so the planner fetches the few matches by primary key instead of guessing
      // (prefix matches are estimated at thousands of rows) and scanning every ticket.
      parts.push({
        sql: `t.id = any(array(select s.id from helpdesk_ticket s where s.deleted_at is null and ${TICKET_SEARCH_VECTOR} @@ ${SEARCH_QUERY}
                      union
                      select m.ticket_id from helpdesk_message m where m.deleted_at is null and ${MESSAGE_SEARCH_VECTOR} @@ ${SEARCH_QUERY}))`,
        bindings: [q, q, q, q, q, q],
      })
    } else if (filters.q.trim()) {
      // punctuation alone names no word, so nothing can match it
      parts.push({ sql: `false`, bindings: [] })
    }
  }
  return parts
}

function joinConditions(parts: SqlFragment[]): SqlFragment {
  return {
    sql: parts.map((p) => `(${p.sql})`).join(" and "),
    bindings: parts.flatMap((p) => p.bindings),
  }
}

/** Whether the list filters anything beyond the view, so its count differs from the badge. */
export function hasListFilters(filters: TicketListFilters): boolean {
  return filterConditions(filters).length > 0
}

/** One page of the list: the requested columns of the matching tickets. */
export function buildTicketPageQuery(
  userId: string,
  channelIds: string[],
  filters: TicketListFilters,
  page: TicketListPage
): SqlFragment {
  const where = joinConditions([
    accessCondition(channelIds),
    viewCondition(filters.view ?? "all", userId),
    ...filterConditions(filters),
  ])
  const columns = page.columns.map((c) => `t."${c}"`).join(", ")
  // tickets linked to the order by hand come before those found by its e-mail
  const linkedFirst = filters.order?.ticket_ids.length
    ? {
        sql: `(t.id = any(?::text[])) desc, `,
        bindings: [filters.order.ticket_ids],
      }
    : { sql: "", bindings: [] }
  return {
    sql: `select ${columns} from helpdesk_ticket t where ${where.sql} order by ${linkedFirst.sql}${ORDERS[page.order]} limit ? offset ?`,
    bindings: [
      ...where.bindings,
      ...linkedFirst.bindings,
      page.limit,
      page.offset,
    ],
  }
}

/** How many tickets match the list's view and filters. */
export function buildTicketCountQuery(
  userId: string,
  channelIds: string[],
  filters: TicketListFilters
): SqlFragment {
  const where = joinConditions([
    accessCondition(channelIds),
    viewCondition(filters.view ?? "all", userId),
    ...filterConditions(filters),
  ])
  return {
    sql: `select count(*)::int as count from helpdesk_ticket t where ${where.sql}`,
    bindings: where.bindings,
  }
}

/**
 * The sidebar badges, counted in one pass over the user's tickets: grouped by status and by
 * whether the ticket is unassigned or the user's (a handful of groups), which costs less than
 * one filtered count per view. `viewCountsFromGroups` turns the groups into the six badges.
 */
export function buildViewCountsQuery(
  userId: string,
  channelIds: string[]
): SqlFragment {
  const access = accessCondition(channelIds)
  return {
    sql: `select t.status, t.assignee_id is null as unassigned, coalesce(t.assignee_id = ?, false) as mine, count(*)::int as count
            from helpdesk_ticket t where ${access.sql} group by 1, 2, 3`,
    bindings: [userId, ...access.bindings],
  }
}

export type ViewCountGroup = {
  status: TicketStatus
  unassigned: boolean
  mine: boolean
  count: number
}

export function viewCountsFromGroups(
  groups: ViewCountGroup[]
): TicketViewCounts {
  const counts: TicketViewCounts = {
    to_handle: 0,
    mine: 0,
    unassigned: 0,
    pending: 0,
    closed: 0,
    all: 0,
  }
  for (const { status, unassigned, mine, count } of groups) {
    const open = status !== "closed"
    counts.all += count
    if ((status === "new" || status === "open") && (unassigned || mine)) {
      counts.to_handle += count
    }
    if (mine && open) {
      counts.mine += count
    }
    if (unassigned && open) {
      counts.unassigned += count
    }
    if (status === "pending") {
      counts.pending += count
    }
    if (status === "closed") {
      counts.closed += count
    }
  }
  return counts
}

/** The tags of the given tickets, for the rows of one page. */
export function buildTicketTagsQuery(ticketIds: string[]): SqlFragment {
  return {
    sql: `select tt.ticket_id, tg.id, tg.name, tg.color
            from helpdesk_ticket_tag tt
            join helpdesk_tag tg on tg.id = tt.tag_id and tg.deleted_at is null
           where tt.ticket_id = any(?::text[]) and tt.deleted_at is null
           order by tg.name asc, tg.id asc`,
    bindings: [ticketIds],
  }
}
