import type { ConfigModule, Context, Logger } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import {
  generateEntityId,
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import type {
  ClassifyOptions,
  MessageClassification,
  MessageClassifier,
} from "../../types/classification"
import { createClassifier } from "./classifier"
import { ulid } from "../../utils/ulid"
import {
  DEFAULT_RATE_LIMITS,
  type RateLimitName,
} from "../../realtime/rate-limiter"
import type { HelpdeskModuleOptions, RateLimitRule } from "../../types/options"
import type { BaselinkerOrdersResult, HelpdeskOrder } from "../../types/orders"
import {
  normalizeEmail,
  type BaselinkerCacheEntry,
  type BaselinkerOrderCache,
  type BaselinkerOrders,
  type BaselinkerStatusesResult,
  type BaselinkerStatusReport,
  type CachedBaselinkerOrder,
} from "./baselinker/orders"
import { createBaselinkerOrders } from "./baselinker/settings"
import type { WireMessage } from "../../types/realtime"
import {
  DEFAULT_MAX_ATTACHMENT_BYTES,
  DEFAULT_MAX_ATTACHMENTS_PER_MESSAGE,
  type AttachmentMimeType,
  type AttachmentUploader,
} from "../../types/attachment"
import type { AuthorType, MessageKind } from "../../types/ticket"
import type {
  AutomationAction,
  AutomationConditions,
  AutomationTrigger,
} from "../../types/automation"
import {
  buildTicketCountQuery,
  buildTicketPageQuery,
  buildTicketTagsQuery,
  buildViewCountsQuery,
  hasListFilters,
  type SqlFragment,
  type LastTicketMessage,
  type TicketListFilters,
  type TicketListPage,
  type TicketListResult,
  type TicketListRow,
  type TicketListTag,
  type ViewCountGroup,
  viewCountsFromGroups,
} from "./utils/ticket-search"
import {
  signToken,
  verifyToken,
  type TokenClaims,
  type TokenKind,
} from "./utils/tokens"
import {
  Attachment,
  AutomationRule,
  AutomationRun,
  Channel,
  ChannelAgent,
  Contact,
  ExternalOrder,
  ExternalOrderLookup,
  Inbox,
  Message,
  Project,
  Tag,
  Task,
  Team,
  TeamMember,
  Ticket,
  TicketFollower,
  TicketTag,
} from "./models"

/** The helpdesk's Redis: its own option, else Medusa's REDIS_URL. */
export function helpdeskRedisUrl(
  options: Pick<HelpdeskModuleOptions, "redisUrl">
): string | undefined {
  return options.redisUrl || process.env.REDIS_URL || undefined
}

// Keys equal the models' names in PascalCase: Query calls list<Key>s on the service.

/** Times the locking way of appending is tried when PostgreSQL picks it as a deadlock's victim. */
const MAX_LOCKING_ATTEMPTS = 5

const sqlState = (err: unknown) => (err as { code?: unknown } | null)?.code

/** PostgreSQL aborted the statement to break a deadlock (nothing of it was written). */
const isDeadlock = (err: unknown) => sqlState(err) === "40P01"

/** Another writer got in first: the optimistic statement wrote nothing and can be planned again. */
const isAppendConflict = (err: unknown) =>
  sqlState(err) === "23505" || isDeadlock(err)

class HelpdeskModuleService
  extends MedusaService({
    HelpdeskChannel: Channel,
    HelpdeskChannelAgent: ChannelAgent,
    HelpdeskInbox: Inbox,
    HelpdeskTicket: Ticket,
    HelpdeskMessage: Message,
    HelpdeskTag: Tag,
    HelpdeskTicketTag: TicketTag,
    HelpdeskTeam: Team,
    HelpdeskTeamMember: TeamMember,
    HelpdeskTicketFollower: TicketFollower,
    HelpdeskContact: Contact,
    HelpdeskProject: Project,
    HelpdeskTask: Task,
    HelpdeskAutomationRule: AutomationRule,
    HelpdeskAutomationRun: AutomationRun,
    HelpdeskExternalOrder: ExternalOrder,
    HelpdeskExternalOrderLookup: ExternalOrderLookup,
    HelpdeskAttachment: Attachment,
  })
  implements BaselinkerOrderCache
{
  protected readonly options_: HelpdeskModuleOptions
  protected readonly configModule_: ConfigModule | undefined
  protected readonly logger_: Logger | undefined
  protected classifier_: MessageClassifier | undefined
  protected baselinker_: BaselinkerOrders | undefined

  constructor(
    container: { configModule?: ConfigModule; logger?: Logger } & Record<
      string,
      unknown
    >,
    options: HelpdeskModuleOptions = {}
  ) {
    // eslint-disable-next-line prefer-rest-params -- MedusaService reads every constructor argument
    super(...arguments)
    this.options_ = options
    this.configModule_ = container.configModule
    this.logger_ = container.logger
  }

  /**
   * Labels a shopper's message with sentiment, flags and topics (see src/types/classification).
   * The classifier is made on first use: the built-in one trains its topic model then.
   */
  async classifyText(
    text: string,
    options?: ClassifyOptions
  ): Promise<MessageClassification> {
    this.classifier_ ??= createClassifier(this.options_.classifier, (reason) =>
      this.logger_?.warn(
        `Helpdesk: the classifier endpoint failed (${reason}); the built-in classifier labelled the message instead.`
      )
    )
    return this.classifier_.classify(text, options)
  }

  /** The module's options without secrets, safe to read anywhere in the app. */
  getOptions(): Omit<HelpdeskModuleOptions, "secret"> {
    const { secret: _secret, baselinker, ...rest } = this.options_
    if (!baselinker) {
      return rest
    }
    const { token: _token, ...baselinkerRest } = baselinker
    return { ...rest, baselinker: baselinkerRest }
  }

  /** The BaseLinker orders source, built on first use from the options. */
  protected get baselinker(): BaselinkerOrders {
    this.baselinker_ ??= createBaselinkerOrders({
      options: this.options_.baselinker,
      cache: this,
      redisUrl: this.getRedisUrl(),
      logger: this.logger_,
    })
    return this.baselinker_
  }

  /**
   * The shopper's BaseLinker orders by e-mail, newest first: from the cache while it is fresh,
   * otherwise from BaseLinker (one call per e-mail however many look at once). Never throws
   * for BaseLinker trouble and never waits more than about 2 s for the request budget: the
   * result's `state` says what happened and the cached orders come along.
   */
  async retrieveBaselinkerOrders(
    email: string,
    options: { refresh?: boolean } = {}
  ): Promise<BaselinkerOrdersResult> {
    return await this.baselinker.retrieveOrders(email, options)
  }

  /** The account's order statuses (cached ten minutes), for the status select. */
  async retrieveBaselinkerStatuses(): Promise<BaselinkerStatusesResult> {
    return await this.baselinker.retrieveStatuses()
  }

  /** Whether BaseLinker is connected and how it is doing, for Settings. No secrets. */
  async retrieveBaselinkerStatus(): Promise<BaselinkerStatusReport> {
    return await this.baselinker.report()
  }

  /** Sets an order's status in BaseLinker; throws BaseLinker's refusal as a BaselinkerError. */
  async setBaselinkerOrderStatus(
    orderId: string,
    statusId: string
  ): Promise<void> {
    await this.baselinker.setOrderStatus(orderId, statusId)
  }

  getBaselinkerCacheTtlSeconds(): number {
    return this.baselinker.settings.cacheTtlSeconds
  }

  getBaselinkerRequestsPerMinute(): number {
    return this.baselinker.settings.requestsPerMinute
  }

  /** Whether the scheduled job keeps new and open tickets' BaseLinker caches fresh. */
  isBaselinkerBackgroundRefreshOn(): boolean {
    return this.baselinker.settings.backgroundRefresh
  }

  /* ---------------- BaseLinker cache, per e-mail ---------------- */

  @InjectManager()
  async readBaselinkerCache(
    email: string,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<BaselinkerCacheEntry | null> {
    const knex = sharedContext.manager!.getKnex()
    const key = normalizeEmail(email)
    const [lookup, orders] = await Promise.all([
      knex.raw(
        `select fetched_at, count, capped from helpdesk_external_order_lookup
          where source = 'baselinker' and email = ? and deleted_at is null`,
        [key]
      ),
      knex.raw(
        `select summary from helpdesk_external_order
          where source = 'baselinker' and email = ? and deleted_at is null
          order by ordered_at desc, external_id desc`,
        [key]
      ),
    ])
    const row = lookup.rows[0] as
      { fetched_at: Date; count: number; capped: boolean } | undefined
    if (!row) {
      return null
    }
    return {
      fetched_at: new Date(row.fetched_at),
      count: Number(row.count),
      capped: row.capped,
      orders: orders.rows.map((r: { summary: HelpdeskOrder }) => r.summary),
    }
  }

  /** Replaces the cached orders of an e-mail with a fresh fetch, in one transaction. */
  @InjectTransactionManager()
  async writeBaselinkerCache(
    email: string,
    entry: {
      fetched_at: Date
      count: number
      capped: boolean
      orders: CachedBaselinkerOrder[]
    },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<void> {
    const manager = sharedContext.transactionManager!
    const knex = manager.getTransactionContext() ?? manager.getKnex()
    const key = normalizeEmail(email)
    const fetchedAt = entry.fetched_at.toISOString()
    await knex.raw(
      `insert into helpdesk_external_order_lookup (id, source, email, fetched_at, count, capped)
       values (?, 'baselinker', ?, ?, ?, ?)
       on conflict (source, email) where deleted_at is null
       do update set fetched_at = excluded.fetched_at, count = excluded.count,
                     capped = excluded.capped, updated_at = now()`,
      [
        generateEntityId(undefined, "hdeol"),
        key,
        fetchedAt,
        entry.count,
        entry.capped,
      ]
    )
    await knex.raw(
      `delete from helpdesk_external_order
        where source = 'baselinker' and email = ? and not (external_id = any(?::text[]))`,
      [key, entry.orders.map((o) => o.order.id)]
    )
    if (!entry.orders.length) {
      return
    }
    await knex.raw(
      `insert into helpdesk_external_order (id, source, email, external_id, status_id, ordered_at, summary, fetched_at)
       select v.id, 'baselinker', ?, v.external_id, v.status_id, v.ordered_at, v.summary, ?
         from unnest(?::text[], ?::text[], ?::text[], ?::timestamptz[], ?::jsonb[])
              as v(id, external_id, status_id, ordered_at, summary)
       on conflict (source, email, external_id) where deleted_at is null
       do update set status_id = excluded.status_id, ordered_at = excluded.ordered_at,
                     summary = excluded.summary, fetched_at = excluded.fetched_at, updated_at = now()`,
      [
        key,
        fetchedAt,
        entry.orders.map(() => generateEntityId(undefined, "hdeo")),
        entry.orders.map((o) => o.order.id),
        entry.orders.map((o) => o.status_id),
        entry.orders.map((o) => o.ordered_at.toISOString()),
        entry.orders.map((o) => JSON.stringify(o.order)),
      ]
    )
  }

  /**
   * Puts one order's new summary into the cache and returns the one it replaced (null when
   * the order was not cached), so a rollback can put it back.
   */
  @InjectTransactionManager()
  async replaceCachedBaselinkerOrder(
    email: string,
    order: HelpdeskOrder,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<HelpdeskOrder | null> {
    const manager = sharedContext.transactionManager!
    const knex = manager.getTransactionContext() ?? manager.getKnex()
    const key = normalizeEmail(email)
    const previous = await knex.raw(
      `select summary from helpdesk_external_order
        where source = 'baselinker' and email = ? and external_id = ? and deleted_at is null
        for update`,
      [key, order.id]
    )
    if (!previous.rows.length) {
      return null
    }
    await knex.raw(
      `update helpdesk_external_order set summary = ?::jsonb, status_id = ?, updated_at = now()
        where source = 'baselinker' and email = ? and external_id = ? and deleted_at is null`,
      [JSON.stringify(order), order.status.id, key, order.id]
    )
    return previous.rows[0].summary as HelpdeskOrder
  }

  @InjectManager()
  async countBaselinkerCachedEmails(
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<number> {
    const knex = sharedContext.manager!.getKnex()
    const result = await knex.raw(
      `select count(*)::int as count from helpdesk_external_order_lookup
        where source = 'baselinker' and deleted_at is null`
    )
    return result.rows[0].count
  }

  @InjectManager()
  async lastBaselinkerFetchAt(
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<Date | null> {
    const knex = sharedContext.manager!.getKnex()
    const result = await knex.raw(
      `select max(fetched_at) as at from helpdesk_external_order_lookup
        where source = 'baselinker' and deleted_at is null`
    )
    return result.rows[0].at ? new Date(result.rows[0].at) : null
  }

  /**
   * E-mails of new and open tickets whose BaseLinker cache is missing or older than
   * `staleBefore`, most recently active first: what the scheduled refresh works through.
   */
  @InjectManager()
  async listBaselinkerRefreshEmails(
    staleBefore: Date,
    limit: number,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<string[]> {
    const knex = sharedContext.manager!.getKnex()
    const result = await knex.raw(
      `select t.customer_email as email, max(t.last_message_at) as active_at
         from helpdesk_ticket t
         left join helpdesk_external_order_lookup l
           on l.source = 'baselinker' and l.email = t.customer_email and l.deleted_at is null
        where t.deleted_at is null and t.status in ('new', 'open') and t.customer_email <> ''
          and (l.fetched_at is null or l.fetched_at < ?)
        group by t.customer_email
        order by active_at desc nulls last
        limit ?`,
      [staleBefore.toISOString(), limit]
    )
    return result.rows.map((r: { email: string }) => r.email)
  }

  /** Origins allowed for every channel, from the options and HELPDESK_ALLOWED_ORIGINS. */
  getExtraAllowedOrigins(): string[] {
    const fromEnv = (process.env.HELPDESK_ALLOWED_ORIGINS ?? "")
      .split(",")
      .map((o) => o.trim())
      .filter(Boolean)
    return [...(this.options_.allowedOrigins ?? []), ...fromEnv].map((o) =>
      o.replace(/\/+$/, "")
    )
  }

  getRedisUrl(): string | undefined {
    return helpdeskRedisUrl(this.options_)
  }

  /** A limit from the options, or its default. */
  getRateLimit(name: RateLimitName): RateLimitRule {
    return this.options_.rateLimits?.[name] ?? DEFAULT_RATE_LIMITS[name]
  }

  /** Reverse proxies trusted to name the client in X-Forwarded-For (0: none). */
  getTrustedProxyHops(): number {
    const hops =
      this.options_.trustedProxyHops ??
      Number(process.env.HELPDESK_TRUSTED_PROXY_HOPS || 0)
    return Number.isInteger(hops) && hops > 0 ? hops : 0
  }

  protected getSecret(): string {
    const jwtSecret = this.configModule_?.projectConfig?.http?.jwtSecret
    const secret =
      this.options_.secret ||
      (typeof jwtSecret === "string" ? jwtSecret : undefined)
    if (!secret) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        "The helpdesk cannot sign tokens: set projectConfig.http.jwtSecret or the helpdesk option secret."
      )
    }
    return secret
  }

  issueToken(kind: TokenKind, claims: TokenClaims): string {
    return signToken(this.getSecret(), kind, claims)
  }

  verifyToken<T extends TokenClaims>(
    kind: TokenKind,
    token: unknown
  ): T | null {
    return verifyToken<T>(this.getSecret(), kind, token)
  }

  /**
   * Stores a message once per (ticket, client_id) and gives it the ticket's next seq.
   * The ticket row is locked for the insert, so concurrent senders get consecutive seqs
   * and a resend of the same client_id returns the stored message instead of a copy.
   */
  @InjectManager()
  async appendMessage(
    input: AppendMessageInput,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<AppendMessageResult> {
    const [outcome] = await this.appendMessages_([input], sharedContext)
    if (outcome instanceof MedusaError) {
      throw outcome
    }
    return outcome
  }

  /**
   * `appendMessage` for many messages at once. Results come back in input order; a message
   * for a ticket that does not exist gets a not-found error in its place while the others
   * are stored. Messages to the same ticket get consecutive seqs in input order.
   *
   * Inside a caller's transaction the ticket rows are locked first, as in `appendMessage`. On
   * its own it is one statement and no explicit transaction: it reads the tickets, their last
   * seq and the messages already stored under the client_ids, inserts the new rows and moves
   * the tickets' last-message marks, atomically. A writer that got in between makes that
   * statement fail on the (ticket, seq) or (ticket, client_id) unique index, so nothing is
   * written and it goes again; after a second such conflict the messages are written the
   * locking way.
   */
  @InjectManager()
  async appendMessages(
    inputs: AppendMessageInput[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<(AppendMessageResult | MedusaError)[]> {
    if (sharedContext.transactionManager) {
      return await this.appendMessages_(inputs, sharedContext)
    }
    const knex = sharedContext.manager!.getKnex()
    for (let attempt = 1; attempt <= 2; attempt++) {
      try {
        return await appendInOneStatement(knex, inputs)
      } catch (err) {
        if (!isAppendConflict(err)) {
          throw err
        }
      }
    }
    // A ticket this busy is written the locking way. The one statement of an optimistic writer
    // holds its new rows while it waits for the ticket row, which a locking writer may hold while
    // it waits for those rows: PostgreSQL then aborts one of the two, which wrote nothing and
    // goes again. Locking writers among themselves take the rows in id order and never deadlock.
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.appendMessages_(inputs, sharedContext)
      } catch (err) {
        if (!isDeadlock(err) || attempt >= MAX_LOCKING_ATTEMPTS) {
          throw err
        }
      }
    }
  }

  @InjectTransactionManager()
  protected async appendMessages_(
    inputs: AppendMessageInput[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<(AppendMessageResult | MedusaError)[]> {
    if (!inputs.length) {
      return []
    }
    const manager = sharedContext.transactionManager!
    const knex = manager.getTransactionContext() ?? manager.getKnex()
    // Locked in id order, so two instances locking overlapping sets cannot deadlock; the
    // statement that follows reads the last seqs after the lock is held.
    await knex.raw(
      `select id from helpdesk_ticket
        where id = any(?::text[]) and deleted_at is null order by id for update`,
      [[...new Set(inputs.map((i) => i.ticket_id))]]
    )
    return await appendInOneStatement(knex, inputs)
  }

  /**
   * Ids of the channels a user may work: those listing the user as an agent, and those
   * listing nobody (open to every admin user).
   */
  @InjectManager()
  async listAccessibleChannelIds(
    userId: string,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<string[]> {
    const knex = sharedContext.manager!.getKnex()
    const result = await knex.raw(WORKED_CHANNELS_SQL, [userId])
    return result.rows.map((r: { id: string }) => r.id)
  }

  /**
   * Whether a user is a helpdesk administrator, named by user id or e-mail in the `admins`
   * option. Administrators may change every channel; they see tickets by the lists like
   * everyone else.
   */
  isHelpdeskAdmin(user: { id: string; email?: string | null }): boolean {
    const admins = (this.options_.admins ?? []).map((a) =>
      a.trim().toLowerCase()
    )
    const email = user.email?.trim().toLowerCase()
    return (
      admins.includes(user.id.toLowerCase()) ||
      (!!email && admins.includes(email))
    )
  }

  /** Whether any administrator is named by e-mail, so callers know to look the user's up. */
  namesAdminsByEmail(): boolean {
    return (this.options_.admins ?? []).some((a) => a.includes("@"))
  }

  /**
   * Ids of the channels a user may see and change: those the user works (listed, or listing
   * nobody), and every channel for a helpdesk administrator.
   */
  @InjectManager()
  async listManageableChannelIds(
    user: { id: string; email?: string | null },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<string[]> {
    if (!this.isHelpdeskAdmin(user)) {
      return this.listAccessibleChannelIds(user.id, sharedContext)
    }
    const knex = sharedContext.manager!.getKnex()
    const result = await knex.raw(
      `select id from helpdesk_channel where deleted_at is null`
    )
    return result.rows.map((r: { id: string }) => r.id)
  }

  /**
   * Whether a user may see a ticket: decided by its channel's agent list alone, with the same
   * statement as the channel list, so a ticket of a deleted channel is hidden here as in lists.
   */
  @InjectManager()
  async canAccessTicket(
    userId: string,
    ticketId: string,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<boolean> {
    const knex = sharedContext.manager!.getKnex()
    const result = await knex.raw(
      `select 1 from helpdesk_ticket t
        where t.id = ? and t.deleted_at is null
          and (t.channel_id is null or t.channel_id in (${WORKED_CHANNELS_SQL}))`,
      [ticketId, userId]
    )
    return result.rows.length > 0
  }

  /** Messages after `afterSeq`, in order; internal notes only when asked for. */
  @InjectManager()
  async listMessagesAfter(
    ticketId: string,
    afterSeq: number,
    {
      includeNotes = false,
      limit = 500,
    }: { includeNotes?: boolean; limit?: number } = {},
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<StoredMessage[]> {
    const manager = sharedContext.manager!
    const knex = manager.getKnex()
    // a message's attachments come with it (null for none), through the message_id index
    const result = await knex.raw(
      `select ${MESSAGE_COLUMNS},
              (select json_agg(json_build_object('id', a.id, 'ticket_id', a.ticket_id, 'name', a.name,
                                                 'mime_type', a.mime_type, 'size', a.size)
                               order by a.created_at, a.id)
                 from helpdesk_attachment a
                where a.message_id = helpdesk_message.id and a.deleted_at is null) as attachments
         from helpdesk_message
        where ticket_id = ? and seq > ? and deleted_at is null ${includeNotes ? "" : "and kind <> 'note'"}
        order by seq asc limit ?`,
      [ticketId, afterSeq, limit]
    )
    return result.rows.map(
      (row: StoredMessage & { attachments: StoredAttachment[] | null }) => {
        const { attachments, ...message } = row
        return attachments ? { ...message, attachments } : message
      }
    )
  }

  /**
   * One page of a user's inbox with its count and the sidebar badges. Access is decided once,
   * as the list of channels the user works; every statement then filters by it.
   */
  @InjectManager()
  async listTicketsForUser(
    userId: string,
    filters: TicketListFilters,
    page: TicketListPage & { include_tags?: boolean },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<TicketListResult> {
    const knex = sharedContext.manager!.getKnex()
    const channelIds = await this.listAccessibleChannelIds(
      userId,
      sharedContext
    )
    const run = async ({ sql, bindings }: SqlFragment) =>
      (await knex.raw(sql, bindings as never[])).rows

    const columns = page.columns.includes("id")
      ? page.columns
      : ["id" as const, ...page.columns]
    // The page, the badges and (with filters beyond the view) the count, side by side;
    // without such filters the view's badge already is the count.
    const filtered = hasListFilters(filters)
    const [rows, groups, countRows] = await Promise.all([
      run(
        buildTicketPageQuery(userId, channelIds, filters, { ...page, columns })
      ),
      run(buildViewCountsQuery(userId, channelIds)),
      filtered
        ? run(buildTicketCountQuery(userId, channelIds, filters))
        : Promise.resolve(null),
    ])
    const viewCounts = viewCountsFromGroups(groups as ViewCountGroup[])
    const count: number = countRows
      ? countRows[0].count
      : viewCounts[filters.view ?? "all"]

    const tickets = rows as TicketListRow[]
    if (page.include_tags) {
      const byTicket = new Map<string, TicketListTag[]>(
        tickets.map((t) => [t.id, []])
      )
      if (tickets.length) {
        const tags = await run(buildTicketTagsQuery([...byTicket.keys()]))
        for (const { ticket_id, ...tag } of tags as (TicketListTag & {
          ticket_id: string
        })[]) {
          byTicket.get(ticket_id)?.push(tag)
        }
      }
      tickets.forEach((t) => (t.tags = byTicket.get(t.id)))
    }

    return { tickets, count, view_counts: viewCounts }
  }

  /** The newest message of kind "message" on a ticket: who spoke last, and when. */
  @InjectManager()
  async retrieveLastTicketMessage(
    ticketId: string,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<LastTicketMessage | null> {
    const knex = sharedContext.manager!.getKnex()
    const result = await knex.raw(
      `select seq, author_type, author_id, created_at from helpdesk_message
        where ticket_id = ? and kind = 'message' and deleted_at is null
        order by seq desc limit 1`,
      [ticketId]
    )
    return result.rows[0] ?? null
  }

  /* ---------------- classification ---------------- */

  /**
   * The tickets among these that have shopper messages without labels, with their labels and
   * those messages, oldest first, at most `perTicket` of each ticket: what one classification
   * run labels, read with one query.
   */
  @InjectManager()
  async listTicketsToLabel(
    ticketIds: string[],
    perTicket: number,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<TicketToLabel[]> {
    if (!ticketIds.length) {
      return []
    }
    const knex = sharedContext.manager!.getKnex()
    const { rows } = await knex.raw(
      `select t.id, t.locale, t.sentiment, t.sentiment_flags, t.sentiment_set_by,
              t.context, t.context_set_by, m.messages
         from helpdesk_ticket t
         join lateral (
           select json_agg(json_build_object('id', u.id, 'body', u.body) order by u.seq) as messages
             from (select id, body, seq from helpdesk_message
                    where ticket_id = t.id and author_type = 'customer' and kind = 'message'
                      and classified_by is null and deleted_at is null
                    order by seq limit ?) u
         ) m on m.messages is not null
        where t.id = any(?::text[]) and t.deleted_at is null`,
      [perTicket, ticketIds]
    )
    return rows
  }

  /**
   * Writes the labels of many messages and of their tickets in one statement, so both are
   * stored or neither; a message row of nulls takes its labels off again.
   */
  @InjectManager()
  async saveLabels(
    {
      messages,
      tickets,
    }: {
      messages: MessageLabelsRow[]
      tickets: TicketLabelsRow[]
    },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<void> {
    if (!messages.length && !tickets.length) {
      return
    }
    const knex = sharedContext.manager!.getKnex()
    await knex.raw(
      `with tickets as (
         update helpdesk_ticket t
            set sentiment = v.sentiment, sentiment_flags = v.sentiment_flags,
                context = v.context, updated_at = now()
           from jsonb_to_recordset(?::jsonb) as v(id text, sentiment text,
                                                  sentiment_flags text[], context text)
          where t.id = v.id and t.deleted_at is null
         returning t.id)
       update helpdesk_message m
          set sentiment = v.sentiment, sentiment_flags = v.sentiment_flags, topics = v.topics,
              language = v.language, classified_by = v.classified_by, updated_at = now()
         from jsonb_to_recordset(?::jsonb) as v(id text, sentiment text, sentiment_flags text[],
                                                topics jsonb, language text, classified_by text)
        where m.id = v.id and m.deleted_at is null`,
      [JSON.stringify(tickets), JSON.stringify(messages)]
    )
  }

  /* ---------------- automations ---------------- */

  /** The id of each ticket's first shopper message, by ticket id (tickets without one left out). */
  @InjectManager()
  async listFirstCustomerMessageIds(
    ticketIds: string[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<Record<string, string>> {
    if (!ticketIds.length) {
      return {}
    }
    const knex = sharedContext.manager!.getKnex()
    const { rows } = await knex.raw(
      `select distinct on (ticket_id) ticket_id, id from helpdesk_message
        where ticket_id = any(?::text[]) and author_type = 'customer' and kind = 'message'
          and deleted_at is null
        order by ticket_id, seq`,
      [ticketIds]
    )
    return Object.fromEntries(
      (rows as { ticket_id: string; id: string }[]).map((r) => [
        r.ticket_id,
        r.id,
      ])
    )
  }

  /**
   * The enabled rules of these triggers in the order they run (position, then age), as plain
   * rows: what one automation run evaluates, read with one query and no entities to build.
   */
  @InjectManager()
  async listEnabledAutomationRules(
    triggers: string[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<EnabledAutomationRule[]> {
    if (!triggers.length) {
      return []
    }
    const knex = sharedContext.manager!.getKnex()
    const { rows } = await knex.raw(
      `select id, name, trigger, conditions, actions, stop_processing
         from helpdesk_automation_rule
        where trigger = any(?::text[]) and enabled and deleted_at is null
        order by position asc, created_at asc`,
      [triggers]
    )
    return rows
  }

  /**
   * Whether any enabled rule has one of these triggers: one indexed look, so the subscribers
   * start no automation run for the many messages and changes no rule listens to.
   */
  @InjectManager()
  async hasEnabledAutomationRules(
    triggers: string[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<boolean> {
    const knex = sharedContext.manager!.getKnex()
    const { rows } = await knex.raw(
      `select 1 from helpdesk_automation_rule
        where trigger = any(?::text[]) and enabled and deleted_at is null limit 1`,
      [triggers]
    )
    return rows.length > 0
  }

  /** At most this many autoresponses per ticket per hour (`automations.maxAutoresponsesPerTicketPerHour`, default 3). */
  getMaxAutoresponsesPerTicketPerHour(): number {
    const max = this.options_.automations?.maxAutoresponsesPerTicketPerHour
    return typeof max === "number" && Number.isInteger(max) && max >= 0
      ? max
      : 3
  }

  /** Largest file a conversation takes, in bytes (the attachments.maxFileSizeBytes option). */
  getMaxAttachmentBytes(): number {
    const max = this.options_.attachments?.maxFileSizeBytes
    return typeof max === "number" && Number.isInteger(max) && max > 0
      ? max
      : DEFAULT_MAX_ATTACHMENT_BYTES
  }

  /** Most files one message carries (the attachments.maxFilesPerMessage option). */
  getMaxAttachmentsPerMessage(): number {
    const max = this.options_.attachments?.maxFilesPerMessage
    return typeof max === "number" && Number.isInteger(max) && max > 0
      ? max
      : DEFAULT_MAX_ATTACHMENTS_PER_MESSAGE
  }

  /**
   * Why some of the messages about to be sent may not carry their attachments, as a sentence,
   * or null when all may. An attachment goes with a message on its own ticket, from whoever
   * uploaded it, once: one already carried by a message with the same client_id on that
   * ticket is a resend and passes.
   */
  @InjectManager()
  async findUnusableAttachments(
    sends: AttachmentClaim[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<string | null> {
    const ids = [...new Set(sends.flatMap((s) => s.attachment_ids))]
    if (!ids.length) {
      return null
    }
    const knex = sharedContext.manager!.getKnex()
    const result = await knex.raw(
      `select a.id, a.ticket_id, a.message_id, a.uploaded_by_type, a.uploaded_by_id, m.client_id
         from helpdesk_attachment a
         left join helpdesk_message m on m.id = a.message_id and m.deleted_at is null
        where a.id = any(?::text[]) and a.deleted_at is null`,
      [ids]
    )
    const found = new Map<
      string,
      {
        ticket_id: string
        uploaded_by_type: string
        message_id: string | null
        uploaded_by_id: string | null
        client_id: string | null
      }
    >()
    for (const row of result.rows) {
      found.set(row.id, row)
    }
    for (const send of sends) {
      for (const id of send.attachment_ids) {
        const a = found.get(id)
        if (
          !a ||
          a.ticket_id !== send.ticket_id ||
          a.uploaded_by_type !== send.uploaded_by_type ||
          (a.uploaded_by_id ?? null) !== (send.uploaded_by_id ?? null)
        ) {
          return `The attachment ${id} was not found in this conversation. Upload the file again.`
        }
        if (
          a.message_id &&
          (!send.client_id || a.client_id !== send.client_id)
        ) {
          return `The attachment ${id} was already sent with another message. Upload the file again to send it once more.`
        }
      }
    }
    return null
  }

  /**
   * Gives new messages their attachments, in the order named. Only attachments of the message's
   * ticket and uploader that no message carries yet are taken; if any named one is not, nothing
   * is written and a not-allowed error says so.
   */
  @InjectTransactionManager()
  async claimAttachments(
    claims: (AttachmentClaim & { message_id: string })[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<Map<string, StoredAttachment[]>> {
    const manager = sharedContext.transactionManager!
    const knex = manager.getTransactionContext() ?? manager.getKnex()
    const claimed = new Map<string, StoredAttachment[]>()
    for (const claim of claims) {
      const ids = [...new Set(claim.attachment_ids)]
      if (!ids.length) {
        continue
      }
      const result = await knex.raw(
        `update helpdesk_attachment set message_id = ?, updated_at = now()
          where id = any(?::text[]) and ticket_id = ? and message_id is null
            and uploaded_by_type = ? and uploaded_by_id is not distinct from ?
            and deleted_at is null
        returning ${ATTACHMENT_COLUMNS}`,
        [
          claim.message_id,
          ids,
          claim.ticket_id,
          claim.uploaded_by_type,
          claim.uploaded_by_id ?? null,
        ]
      )
      if (result.rows.length !== ids.length) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          "An attachment of this message was already sent or is not in this conversation. Upload the file again."
        )
      }
      const byId = new Map<string, StoredAttachment>(
        result.rows.map((r: StoredAttachment) => [r.id, r])
      )
      claimed.set(
        claim.message_id,
        ids.map((id) => byId.get(id)!)
      )
    }
    return claimed
  }

  /**
   * An attachment of a ticket with its stored file's id, if the reader may have it: agents
   * (whose access to the ticket the caller checked) every attachment of the ticket, the shopper
   * those of messages they can see (not internal notes) and their own uploads.
   */
  @InjectManager()
  async retrieveReadableAttachment(
    ticketId: string,
    attachmentId: string,
    reader: "customer" | "agent",
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<(StoredAttachment & { file_id: string }) | null> {
    const result = await sharedContext.manager!.getKnex().raw(
      `select a.${ATTACHMENT_COLUMNS.split(", ").join(", a.")}, a.file_id
           from helpdesk_attachment a
           left join helpdesk_message m on m.id = a.message_id and m.deleted_at is null
          where a.id = ? and a.ticket_id = ? and a.deleted_at is null
            and (? = 'agent' or a.uploaded_by_type = 'customer'
                 or (m.id is not null and m.kind <> 'note'))`,
      [attachmentId, ticketId, reader]
    )
    return result.rows[0] ?? null
  }

  /**
   * Retires attachments uploaded before `before` that no message took (a shopper who closed the
   * tab, an agent who discarded the reply): they are soft-deleted in one statement that skips
   * any a message takes meanwhile, and returned with their files' ids for deleting.
   */
  @InjectManager()
  async retireUnsentAttachments(
    before: Date,
    limit: number,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{ id: string; file_id: string }[]> {
    const result = await sharedContext.manager!.getKnex().raw(
      `update helpdesk_attachment set deleted_at = now()
          where id in (
            select id from helpdesk_attachment
             where message_id is null and deleted_at is null and created_at < ?
             order by created_at limit ?
          ) and message_id is null and deleted_at is null
        returning id, file_id`,
      [before.toISOString(), limit]
    )
    return result.rows
  }

  /** Takes attachments off the messages that carried them, for a send that is rolled back. */
  @InjectManager()
  async releaseAttachments(
    attachmentIds: string[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<void> {
    if (!attachmentIds.length) {
      return
    }
    await sharedContext
      .manager!.getKnex()
      .raw(
        `update helpdesk_attachment set message_id = null, updated_at = now() where id = any(?::text[])`,
        [attachmentIds]
      )
  }

  /** The attachments of the given messages, in upload order, keyed by message id. */
  @InjectManager()
  async listMessageAttachments(
    messageIds: string[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<Map<string, StoredAttachment[]>> {
    const byMessage = new Map<string, StoredAttachment[]>()
    if (!messageIds.length) {
      return byMessage
    }
    const result = await sharedContext.manager!.getKnex().raw(
      `select ${ATTACHMENT_COLUMNS}, message_id from helpdesk_attachment
          where message_id = any(?::text[]) and deleted_at is null
          order by created_at, id`,
      [messageIds]
    )
    for (const row of result.rows as (StoredAttachment & {
      message_id: string
    })[]) {
      const { message_id, ...attachment } = row
      byMessage.set(message_id, [
        ...(byMessage.get(message_id) ?? []),
        attachment,
      ])
    }
    return byMessage
  }

  /**
   * Records that a rule matched an event, once per dedupe key: answers the new run's id, or
   * null when a run with the key exists (a retried event), so its actions are not applied twice.
   */
  @InjectManager()
  async claimAutomationRun(
    run: {
      rule_id: string
      ticket_id: string
      trigger: string
      dedupe_key: string
    },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<string | null> {
    const knex = sharedContext.manager!.getKnex()
    const result = await knex.raw(
      `insert into helpdesk_automation_run (id, rule_id, ticket_id, trigger, matched, dedupe_key)
       values (?, ?, ?, ?, true, ?)
       on conflict (dedupe_key) where dedupe_key is not null and deleted_at is null do nothing
       returning id`,
      [
        generateEntityId(undefined, "hdarr"),
        run.rule_id,
        run.ticket_id,
        run.trigger,
        run.dedupe_key,
      ]
    )
    return result.rows[0]?.id ?? null
  }

  /** The latest run of each rule, by rule id. */
  @InjectManager()
  async listLastAutomationRunAt(
    ruleIds: string[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<Map<string, Date>> {
    if (!ruleIds.length) {
      return new Map()
    }
    const knex = sharedContext.manager!.getKnex()
    const result = await knex.raw(
      `select rule_id, max(created_at) as at from helpdesk_automation_run
        where rule_id = any(?::text[]) and deleted_at is null group by rule_id`,
      [ruleIds]
    )
    return new Map(
      result.rows.map((r: { rule_id: string; at: Date }) => [
        r.rule_id,
        new Date(r.at),
      ])
    )
  }

  /** A ticket's runs, newest first, with their rule's name (also of a deleted rule). */
  @InjectManager()
  async listTicketAutomationRuns(
    ticketId: string,
    limit: number,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<TicketAutomationRun[]> {
    const knex = sharedContext.manager!.getKnex()
    const result = await knex.raw(
      `select r.id, r.rule_id, ru.name as rule_name, r.trigger, r.matched,
              r.actions_applied, r.error, r.created_at
         from helpdesk_automation_run r
         left join helpdesk_automation_rule ru on ru.id = r.rule_id
        where r.ticket_id = ? and r.deleted_at is null
        order by r.created_at desc, r.id desc
        limit ?`,
      [ticketId, limit]
    )
    return result.rows
  }

  /** How many autoresponses (automation chat messages) a ticket got in the last hour. */
  @InjectManager()
  async countRecentAutoresponses(
    ticketId: string,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<number> {
    const knex = sharedContext.manager!.getKnex()
    const result = await knex.raw(
      `select count(*)::int as count from helpdesk_message
        where ticket_id = ? and author_type = 'automation' and kind = 'message'
          and deleted_at is null and created_at > now() - interval '1 hour'`,
      [ticketId]
    )
    return result.rows[0].count
  }

  /**
   * Tickets due for a timed rule at `now`: for no_agent_reply, open tickets whose last chat
   * message is the shopper's and older than the delay; for pending_for, tickets pending longer
   * than the delay. Only moments that fell due within the last day count (so a ticket is not
   * looked at forever), and tickets the rule already ran on for that moment are left out.
   */
  @InjectManager()
  async listDueAutomationTickets(
    rule: { id: string; trigger: string; delay_minutes: number },
    now: Date,
    limit: number,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{ id: string; due_key: string }[]> {
    const knex = sharedContext.manager!.getKnex()
    const since =
      rule.trigger === "pending_for"
        ? "coalesce(t.status_changed_at, t.updated_at)"
        : "t.last_message_at"
    const condition =
      rule.trigger === "pending_for"
        ? "t.status = 'pending'"
        : "t.status <> 'closed' and t.last_message_author = 'customer'"
    const key = `to_char(${since} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`
    const result = await knex.raw(
      `select t.id, ${key} as due_key from helpdesk_ticket t
        where t.deleted_at is null and ${condition}
          and ${since} <= ?::timestamptz - make_interval(mins => ?)
          and ${since} > ?::timestamptz - make_interval(mins => ?) - interval '1 day'
          and not exists (
            select 1 from helpdesk_automation_run r
             where r.dedupe_key = ? || t.id || ':' || ${key}
          )
        order by ${since} asc
        limit ?`,
      [
        now.toISOString(),
        rule.delay_minutes,
        now.toISOString(),
        rule.delay_minutes,
        `${rule.id}:${rule.trigger}:`,
        limit,
      ]
    )
    return result.rows
  }

  /**
   * Records that the shopper's widget holds every message up to `seq` (it confirms over its
   * socket). A mark only moves forward and never past the ticket's last message. Answers the
   * tickets whose mark moved, with the value before, so a rollback can put it back.
   */
  @InjectManager()
  async recordVisitorSeen(
    marks: { ticket_id: string; seq: number }[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{ ticket_id: string; previous: number; seq: number }[]> {
    if (!marks.length) {
      return []
    }
    const knex = sharedContext.manager!.getKnex()
    const result = await knex.raw(
      `with marks as (
         select ticket_id, max(seq)::int as seq
           from unnest(?::text[], ?::int[]) as m(ticket_id, seq) group by ticket_id
       ), old as (
         select t.id, t.visitor_seen_seq as previous,
                least(marks.seq, (select coalesce(max(seq), 0) from helpdesk_message
                                   where ticket_id = t.id and deleted_at is null)) as seq
           from helpdesk_ticket t join marks on marks.ticket_id = t.id
          where t.deleted_at is null
          for update of t
       )
       update helpdesk_ticket t set visitor_seen_seq = old.seq
         from old where t.id = old.id and old.seq > old.previous
       returning t.id as ticket_id, old.previous, old.seq`,
      [marks.map((m) => m.ticket_id), marks.map((m) => m.seq)]
    )
    return result.rows
  }

  /** Puts visitor_seen_seq back where it was, unless a later mark moved it on since. */
  @InjectManager()
  async restoreVisitorSeen(
    marks: { ticket_id: string; previous: number; seq: number }[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<void> {
    const knex = sharedContext.manager!.getKnex()
    for (const mark of marks) {
      await knex.raw(
        `update helpdesk_ticket set visitor_seen_seq = ?
          where id = ? and visitor_seen_seq = ?`,
        [mark.previous, mark.ticket_id, mark.seq]
      )
    }
  }

  /**
   * Tickets with a reply (an agent's or an automation's chat message) that the shopper's
   * widget has not confirmed and that was not e-mailed, the oldest such reply older than its
   * channel's quiet period at `now`. Channels with e-mail replies off, tickets without a
   * channel and blocked contacts are left out; a reply more than a day past its quiet period
   * is no longer looked at. Oldest due first.
   */
  @InjectManager()
  async listDueEmailReplyTickets(
    now: Date,
    limit: number,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{ id: string; due_at: Date }[]> {
    const knex = sharedContext.manager!.getKnex()
    const result = await knex.raw(
      `select t.id, r.created_at + make_interval(mins => c.email_reply_delay_minutes) as due_at
         from helpdesk_ticket t
         join helpdesk_channel c on c.id = t.channel_id and c.deleted_at is null
         cross join lateral (
           select m.created_at from helpdesk_message m
            where m.ticket_id = t.id and m.deleted_at is null
              and m.seq > greatest(t.visitor_seen_seq, t.last_emailed_seq)
              and m.kind = 'message' and m.author_type in ('agent', 'automation')
              and m.created_at > ?::timestamptz - make_interval(mins => c.email_reply_delay_minutes) - interval '1 day'
            order by m.seq asc limit 1
         ) r
        where t.deleted_at is null and c.email_replies = true
          -- the delay is at most a day, so no due reply is older than two days (the index's bound)
          and t.last_message_at > ?::timestamptz - interval '2 days'
          and r.created_at <= ?::timestamptz - make_interval(mins => c.email_reply_delay_minutes)
          and not exists (
            select 1 from helpdesk_contact k
             where k.email = t.customer_email and k.blocked = true and k.deleted_at is null
          )
        order by due_at asc
        limit ?`,
      [now.toISOString(), now.toISOString(), now.toISOString(), limit]
    )
    return result.rows
  }

  /**
   * Moves a ticket's last_emailed_seq from `from` to `to`, only if it still is `from`: of two
   * runs that prepared the same e-mail, one moves it and sends. Answers whether it moved.
   */
  @InjectManager()
  async moveLastEmailedSeq(
    ticketId: string,
    from: number,
    to: number,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<boolean> {
    const knex = sharedContext.manager!.getKnex()
    const result = await knex.raw(
      `update helpdesk_ticket set last_emailed_seq = ?
        where id = ? and last_emailed_seq = ? and deleted_at is null`,
      [to, ticketId, from]
    )
    return (result.rowCount ?? 0) > 0
  }

  /** The public backend URL the embed code points at, from the options or MEDUSA_BACKEND_URL. */
  getBackendUrl(): string | undefined {
    const url = this.options_.backendUrl || process.env.MEDUSA_BACKEND_URL
    return url ? url.replace(/\/+$/, "") : undefined
  }
}

export type TicketAutomationRun = {
  id: string
  rule_id: string
  rule_name: string | null
  trigger: string
  matched: boolean
  actions_applied: unknown
  error: string | null
  created_at: Date
}

/** An enabled automation rule as `listEnabledAutomationRules` reads it. */
export type EnabledAutomationRule = {
  id: string
  name: string
  trigger: AutomationTrigger
  conditions: AutomationConditions
  actions: AutomationAction[]
  stop_processing: boolean
}

/** A ticket with shopper messages to label, as `listTicketsToLabel` reads it. */
export type TicketToLabel = {
  id: string
  locale: string | null
  sentiment: string | null
  sentiment_flags: string[] | null
  sentiment_set_by: string | null
  context: string | null
  context_set_by: string | null
  /** oldest first */
  messages: { id: string; body: string }[]
}

/** A message's labels as `saveLabels` writes them; nulls take them off. */
export type MessageLabelsRow = {
  id: string
  sentiment: string | null
  sentiment_flags: string[] | null
  topics: unknown[] | null
  language: string | null
  classified_by: string | null
}

/** A ticket's labels as `saveLabels` writes them. */
export type TicketLabelsRow = {
  id: string
  sentiment: string | null
  sentiment_flags: string[] | null
  context: string | null
}

/** The channels a user (the one binding) works: listed as an agent, or listing nobody. */
const WORKED_CHANNELS_SQL = `select c.id from helpdesk_channel c
  where c.deleted_at is null
    and (not exists (select 1 from helpdesk_channel_agent a where a.channel_id = c.id and a.deleted_at is null)
         or exists (select 1 from helpdesk_channel_agent a where a.channel_id = c.id and a.user_id = ? and a.deleted_at is null))`

const MESSAGE_COLUMNS =
  "id, ticket_id, seq, client_id, author_type, author_id, body, kind, created_at"

const ATTACHMENT_COLUMNS = "id, ticket_id, name, mime_type, size"

type Knex = ReturnType<EntityManager["getKnex"]>

/** A message id in Medusa's shape: `hdm_` and a ULID. */
const newMessageId = () => `hdm_${ulid()}`

/** A new row of a batch: the first input of each (ticket, client_id), and every input without one. */
type PlannedRow = { id: string; input: AppendMessageInput }

const messageKey = (ticketId: string, clientId: string) =>
  `${ticketId}\u0000${clientId}`

/**
 * Stores a batch in one statement and answers one outcome per input, in order. The statement
 * reads the tickets, their last seq and the messages already stored under the batch's
 * client_ids; inserts a row for each planned message whose ticket exists and whose client_id
 * is not stored yet, numbered on from its ticket's last seq in batch order; and moves the
 * tickets' last-message marks. An input repeating a client_id of the batch gets the message
 * of the first, not created.
 */
async function appendInOneStatement(
  knex: Knex,
  inputs: AppendMessageInput[]
): Promise<(AppendMessageResult | MedusaError)[]> {
  if (!inputs.length) {
    return []
  }
  const planned: PlannedRow[] = []
  const firstByKey = new Map<string, PlannedRow>()
  const rowOf = inputs.map((input) => {
    const key = input.client_id
      ? messageKey(input.ticket_id, input.client_id)
      : undefined
    const earlier = key ? firstByKey.get(key) : undefined
    if (earlier) {
      return earlier
    }
    const row = { id: newMessageId(), input }
    planned.push(row)
    if (key) {
      firstByKey.set(key, row)
    }
    return row
  })
  const ticketIds = [...new Set(inputs.map((i) => i.ticket_id))]
  const clientIds = [...firstByKey.values()].map((r) => r.input.client_id!)
  // nulls in an array bind as SQL NULL; knex's types only list arrays without them
  const nullable = (values: (string | null)[]) => values as string[]
  const result = await knex.raw(
    `with v as (
       select * from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
         with ordinality as v(id, ticket_id, client_id, author_type, author_id, body, kind, ord)
     ), t as (
       select id, channel_id from helpdesk_ticket
        where id = any(?::text[]) and deleted_at is null
     ), old as (
       select ${MESSAGE_COLUMNS} from helpdesk_message
        where ticket_id in (select id from t) and client_id = any(?::text[]) and deleted_at is null
     ), ins as (
       insert into helpdesk_message (id, ticket_id, seq, client_id, author_type, author_id, body, kind)
       select v.id, v.ticket_id,
              coalesce((select max(m.seq) from helpdesk_message m where m.ticket_id = v.ticket_id), 0)
                + row_number() over (partition by v.ticket_id order by v.ord),
              v.client_id, v.author_type, v.author_id, v.body, v.kind
         from v
        where v.ticket_id in (select id from t)
          and not exists (select 1 from old where old.ticket_id = v.ticket_id and old.client_id = v.client_id)
       returning ${MESSAGE_COLUMNS}
     ), marks as (
       select ticket_id, max(created_at) as at,
              (array_agg(author_type order by seq desc))[1] as author,
              min(created_at) filter (where author_type = 'agent') as first_agent_at
         from ins where kind = 'message' group by ticket_id
     ), touched as (
       update helpdesk_ticket t
          set last_message_at = v.at, last_message_author = v.author, updated_at = now(),
              first_response_at = coalesce(t.first_response_at, v.first_agent_at)
         from marks v where t.id = v.ticket_id
     )
     select (select coalesce(json_agg(t), '[]'::json) from t) as tickets,
            (select coalesce(json_agg(old), '[]'::json) from old) as existing,
            (select coalesce(json_agg(ins), '[]'::json) from ins) as inserted`,
    [
      planned.map((p) => p.id),
      planned.map((p) => p.input.ticket_id),
      nullable(planned.map((p) => p.input.client_id ?? null)),
      planned.map((p) => p.input.author_type),
      nullable(planned.map((p) => p.input.author_id ?? null)),
      planned.map((p) => p.input.body),
      planned.map((p) => p.input.kind ?? "message"),
      ticketIds,
      clientIds,
    ]
  )
  type JsonMessage = Omit<StoredMessage, "created_at"> & { created_at: string }
  const { tickets, existing, inserted } = result.rows[0] as {
    tickets: AppendedTicket[]
    existing: JsonMessage[]
    inserted: JsonMessage[]
  }
  const stored = (m: JsonMessage): StoredMessage => ({
    ...m,
    created_at: new Date(m.created_at),
  })
  const ticketById = new Map(tickets.map((t) => [t.id, t]))
  const existingByKey = new Map(
    existing.map((m) => [messageKey(m.ticket_id, m.client_id!), stored(m)])
  )
  const insertedById = new Map(inserted.map((m) => [m.id, stored(m)]))
  const reported = new Set<PlannedRow>()
  return inputs.map((input, i): AppendMessageResult | MedusaError => {
    const ticket = ticketById.get(input.ticket_id)
    if (!ticket) {
      return new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Ticket "${input.ticket_id}" was not found.`
      )
    }
    const before = input.client_id
      ? existingByKey.get(messageKey(input.ticket_id, input.client_id))
      : undefined
    if (before) {
      return { message: before, created: false, ticket }
    }
    const row = rowOf[i]
    const created = !reported.has(row)
    reported.add(row)
    return { message: insertedById.get(row.id)!, created, ticket }
  })
}

export type AppendMessageInput = {
  ticket_id: string
  client_id?: string | null
  author_type: AuthorType
  author_id?: string | null
  body: string
  kind?: MessageKind
}

/** The ticket a message went to, read from the row locked for the insert. */
export type AppendedTicket = { id: string; channel_id: string | null }

export type AppendMessageResult = {
  message: StoredMessage
  created: boolean
  ticket: AppendedTicket
}

export type StoredMessage = Omit<
  WireMessage,
  "author_name" | "created_at" | "attachments"
> & {
  author_id: string | null
  created_at: Date
  /** read only where a message may carry some; absent means none */
  attachments?: StoredAttachment[]
}

export type StoredAttachment = {
  id: string
  ticket_id: string
  name: string
  mime_type: AttachmentMimeType
  size: number
}

/** Attachments a message about to be sent names, with who sends it. */
export type AttachmentClaim = {
  ticket_id: string
  client_id?: string | null
  attachment_ids: string[]
  uploaded_by_type: AttachmentUploader
  uploaded_by_id?: string | null
}

export default HelpdeskModuleService
