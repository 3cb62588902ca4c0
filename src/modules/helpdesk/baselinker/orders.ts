import type { Logger } from "@medusajs/framework/types"
import type {
  BaselinkerOrdersResult,
  BaselinkerState,
  HelpdeskOrder,
  HelpdeskOrderStatus,
} from "../../../types/orders"
import type {
  BaselinkerStatusesResult,
  BaselinkerStatusReport,
} from "../../../types/baselinker"
import { BaselinkerError, BaselinkerHeldBack } from "./errors"
import type { BaselinkerGateway } from "./gateway"
import {
  orderTotal,
  type BaselinkerOrder,
  type BaselinkerStatus,
} from "./parser"
import type { ResolvedBaselinkerSettings } from "./settings"

/** getOrders returns at most this many orders per call; a full page means there may be more. */
export const ORDERS_PER_PAGE = 100
/** how long the account's status list is reused */
export const STATUS_TTL_MS = 10 * 60_000

/** how long a look waits for another instance fetching the same e-mail */
export const OTHER_FETCH_WAIT_MS = 2_000

/** A lease on fetching one e-mail, shared by the instances (Redis). */
export interface LookLock {
  acquire(
    email: string
  ): Promise<{ held: boolean; release: () => Promise<void> }>
}

export type CachedBaselinkerOrder = {
  order: HelpdeskOrder
  status_id: string
  ordered_at: Date
}

export type BaselinkerCacheEntry = {
  fetched_at: Date
  count: number
  capped: boolean
  orders: HelpdeskOrder[]
}

/** Where fetched orders are kept per e-mail: the module's helpdesk_external_order tables. */
export interface BaselinkerOrderCache {
  readBaselinkerCache(email: string): Promise<BaselinkerCacheEntry | null>
  writeBaselinkerCache(
    email: string,
    entry: {
      fetched_at: Date
      count: number
      capped: boolean
      orders: CachedBaselinkerOrder[]
    }
  ): Promise<void>
  countBaselinkerCachedEmails(): Promise<number>
  lastBaselinkerFetchAt(): Promise<Date | null>
}

export type { BaselinkerStatusesResult, BaselinkerStatusReport }

export const normalizeEmail = (email: string) => email.trim().toLowerCase()

const iso = (ms: number | null | undefined) =>
  ms === null || ms === undefined ? null : new Date(ms).toISOString()

/**
 * A shopper's BaseLinker orders by e-mail, fetched at most once per e-mail per cache TTL:
 * looks at an e-mail while its fetch is running wait for that fetch (single flight), and
 * a fresh cache answers without a call. BaseLinker trouble never throws; it comes back as
 * the result's `state` with the cached orders.
 */
export class BaselinkerOrders {
  private readonly inflight = new Map<string, Promise<BaselinkerOrdersResult>>()
  private statusCache: { list: BaselinkerStatus[]; fetchedAt: number } | null =
    null
  private statusInflight: Promise<BaselinkerStatus[]> | null = null

  constructor(
    private readonly gateway: BaselinkerGateway | null,
    private readonly cache: BaselinkerOrderCache,
    readonly settings: ResolvedBaselinkerSettings,
    private readonly logger?: Pick<Logger, "warn">,
    /** with several instances: one of them fetches an e-mail, the others wait for its result */
    private readonly lookLock?: LookLock
  ) {}

  get configured(): boolean {
    return this.gateway !== null
  }

  async retrieveOrders(
    email: string,
    { refresh = false }: { refresh?: boolean } = {}
  ): Promise<BaselinkerOrdersResult> {
    const key = normalizeEmail(email)
    if (!this.gateway) {
      return result([], "not_configured")
    }
    if (!key) {
      return result([], "ok")
    }
    const running = this.inflight.get(key)
    if (running) {
      return await running
    }
    const look = this.look(this.gateway, key, refresh).finally(() =>
      this.inflight.delete(key)
    )
    this.inflight.set(key, look)
    return await look
  }

  private async look(
    gateway: BaselinkerGateway,
    email: string,
    refresh: boolean
  ): Promise<BaselinkerOrdersResult> {
    let cached: BaselinkerCacheEntry | null = null
    try {
      cached = await this.cache.readBaselinkerCache(email)
    } catch (error) {
      this.logger?.warn(
        `BaseLinker cache for an e-mail could not be read: ${(error as Error).message}`
      )
    }
    const now = gateway.clock.now()
    const fresh =
      cached &&
      now - cached.fetched_at.getTime() < this.settings.cacheTtlSeconds * 1000
    if (cached && fresh && !refresh) {
      return fromCache(cached, "ok")
    }

    const lease = await this.lease(email)
    if (!lease.held) {
      // another instance is fetching this e-mail: its result is as good as ours
      const theirs = await this.awaitOtherFetch(gateway, email, cached)
      if (theirs) {
        return fromCache(theirs, "ok")
      }
    }
    try {
      return await this.fetchAndStore(gateway, email, now, cached)
    } finally {
      await lease.release()
    }
  }

  private async lease(
    email: string
  ): Promise<{ held: boolean; release: () => Promise<void> }> {
    const none = { held: true, release: async () => undefined }
    if (!this.lookLock) {
      return none
    }
    try {
      return await this.lookLock.acquire(email)
    } catch {
      // without Redis this instance still fetches once per e-mail
      return none
    }
  }

  /** Waits up to ~2 s for another instance's fetch to land in the cache. */
  private async awaitOtherFetch(
    gateway: BaselinkerGateway,
    email: string,
    before: BaselinkerCacheEntry | null
  ): Promise<BaselinkerCacheEntry | null> {
    const deadline = gateway.clock.now() + OTHER_FETCH_WAIT_MS
    while (gateway.clock.now() < deadline) {
      await gateway.clock.sleep(100)
      const now = await this.cache.readBaselinkerCache(email).catch(() => null)
      if (
        now &&
        now.fetched_at.getTime() > (before?.fetched_at.getTime() ?? 0)
      ) {
        return now
      }
    }
    return null
  }

  private async fetchAndStore(
    gateway: BaselinkerGateway,
    email: string,
    now: number,
    cached: BaselinkerCacheEntry | null
  ): Promise<BaselinkerOrdersResult> {
    try {
      const { orders, count, capped } = await this.fetchOrders(
        gateway,
        email,
        now
      )
      const statuses = await this.statusesOrStale(gateway)
      const byId = new Map(statuses.map((s) => [s.id, s]))
      const mapped = orders
        .map((o) => ({
          order: this.toHelpdeskOrder(o, byId.get(o.order_status_id)),
          status_id: String(o.order_status_id),
          ordered_at: new Date(o.date_add * 1000),
        }))
        .sort((a, b) => b.ordered_at.getTime() - a.ordered_at.getTime())
      const fetchedAt = new Date(gateway.clock.now())
      await this.cache.writeBaselinkerCache(email, {
        fetched_at: fetchedAt,
        count,
        capped,
        orders: mapped,
      })
      return {
        orders: mapped.map((m) => m.order),
        state: "ok",
        fetched_at: fetchedAt.toISOString(),
        retry_at: null,
        count,
        capped,
      }
    } catch (error) {
      return this.troubleResult(error, cached)
    }
  }

  private troubleResult(
    error: unknown,
    cached: BaselinkerCacheEntry | null
  ): BaselinkerOrdersResult {
    const base = cached
      ? fromCache(cached, "unavailable")
      : result([], "unavailable")
    if (error instanceof BaselinkerHeldBack) {
      return { ...base, state: error.reason, retry_at: iso(error.retry_at) }
    }
    if (error instanceof BaselinkerError && error.isAccountBlocked) {
      return {
        ...base,
        state: "blocked",
        retry_at: iso(this.gateway?.circuit.retryAt),
      }
    }
    this.logger?.warn(
      `BaseLinker orders could not be fetched: ${(error as Error).message}`
    )
    return base
  }

  /**
   * getOrders by e-mail within the look-back. BaseLinker pages forward only (by confirmation
   * date, 100 a call), so a look first pages from the look-back start as BaseLinker documents;
   * an e-mail with more than `maxPages` pages then goes on towards the newest orders with at
   * most `maxPages` more calls: straight on when the pace of its last page says the rest fits,
   * otherwise from a later start (the window moves towards now), filling in behind that start
   * when the calls left are likely to reach it. The newest `maxPages` × 100 orders read without
   * a gap up to now are kept; `count` is every order read, so it is exact unless a stretch of
   * the look-back was skipped (then `capped` says there are more).
   */
  private async fetchOrders(
    gateway: BaselinkerGateway,
    email: string,
    now: number
  ): Promise<{ orders: BaselinkerOrder[]; count: number; capped: boolean }> {
    const nowS = Math.floor(now / 1000)
    const base = {
      filter_email: email,
      date_from: nowS - this.settings.lookbackDays * 86_400,
      get_unconfirmed_orders: false,
    }
    const { maxPages } = this.settings
    const keep = maxPages * ORDERS_PER_PAGE
    const read = new Map<number, BaselinkerOrder>()
    let callsLeft = 2 * maxPages

    /**
     * Pages forward from `from` (the look-back start when undefined) until a page is not full
     * (the newest order was read), a page reaches `until`, or `pages` calls were made.
     */
    const run = async (
      from: number | undefined,
      pages: number,
      until = Infinity
    ) => {
      let params: Record<string, unknown> =
        from === undefined ? base : { ...base, date_confirmed_from: from }
      for (let page = 1; ; page++) {
        callsLeft--
        const orders = await gateway.getOrders(params)
        for (const order of orders) {
          // the documentation does not say whether filter_email matches exactly
          if (normalizeEmail(order.email ?? "") === email) {
            read.set(order.order_id, order)
          }
        }
        if (orders.length < ORDERS_PER_PAGE) {
          return { ended: true, last: 0, pace: 0 }
        }
        const confirmed = orders.map((o) => o.date_confirmed)
        const last = Math.max(...confirmed)
        // orders a second at the end of this run, by its last page
        const pace =
          ORDERS_PER_PAGE / Math.max(1, last - Math.min(...confirmed))
        if (last >= until) {
          return { ended: true, last, pace }
        }
        if (page >= pages) {
          return { ended: false, last, pace }
        }
        params = { ...base, date_confirmed_from: last + 1 }
      }
    }
    /** the newest `keep` of the orders read that were confirmed from `from` */
    const newest = (from: number, complete: boolean) => {
      const orders = [...read.values()]
        .filter((o) => o.date_confirmed >= from)
        .sort(
          (a, b) =>
            b.date_confirmed - a.date_confirmed || b.order_id - a.order_id
        )
      return {
        orders: orders.slice(0, keep),
        count: read.size,
        capped: !complete || orders.length > keep,
      }
    }

    const first = await run(undefined, maxPages)
    if (first.ended) {
      return newest(-Infinity, true)
    }
    // more than `keep` orders: the newest come after the last page read
    const ahead = first.pace * (nowS - first.last)
    if (ahead <= (maxPages - 1) * ORDERS_PER_PAGE) {
      const rest = await run(first.last + 1, callsLeft)
      // when the pace was wrong and the calls ran out, these are the newest read
      return newest(-Infinity, rest.ended)
    }
    // where about half a look's orders are expected before now, by the last page's pace
    const start = Math.max(
      first.last + 1,
      nowS - Math.floor(keep / 2 / first.pace)
    )
    const recent = await run(start, callsLeft)
    if (!recent.ended) {
      return newest(-Infinity, false)
    }
    const fromStart = [...read.values()].filter(
      (o) => o.date_confirmed >= start
    ).length
    const behind =
      (fromStart / Math.max(1, nowS - start)) * (start - first.last)
    if (
      fromStart < keep &&
      callsLeft > 0 &&
      behind <= callsLeft * ORDERS_PER_PAGE
    ) {
      const between = await run(first.last + 1, callsLeft, start)
      if (between.ended) {
        return newest(-Infinity, true)
      }
    }
    return newest(start, false)
  }

  /** The account's statuses, reused for ten minutes; concurrent asks share one call. */
  private async statuses(
    gateway: BaselinkerGateway
  ): Promise<BaselinkerStatus[]> {
    const now = gateway.clock.now()
    if (this.statusCache && now - this.statusCache.fetchedAt < STATUS_TTL_MS) {
      return this.statusCache.list
    }
    if (!this.statusInflight) {
      this.statusInflight = gateway
        .getOrderStatusList()
        .then((list) => {
          this.statusCache = { list, fetchedAt: gateway.clock.now() }
          return list
        })
        .finally(() => {
          this.statusInflight = null
        })
    }
    return await this.statusInflight
  }

  /** Statuses for naming orders: a stale list (or none) rather than no orders at all. */
  private async statusesOrStale(
    gateway: BaselinkerGateway
  ): Promise<BaselinkerStatus[]> {
    try {
      return await this.statuses(gateway)
    } catch {
      return this.statusCache?.list ?? []
    }
  }

  async retrieveStatuses(): Promise<BaselinkerStatusesResult> {
    if (!this.gateway) {
      return { statuses: [], state: "not_configured", retry_at: null }
    }
    try {
      const list = await this.statuses(this.gateway)
      return { statuses: list.map(toStatus), state: "ok", retry_at: null }
    } catch (error) {
      const stale = (this.statusCache?.list ?? []).map(toStatus)
      const trouble = this.troubleResult(error, null)
      return {
        statuses: stale,
        state: trouble.state,
        retry_at: trouble.retry_at,
      }
    }
  }

  /**
   * Sets an order's status in BaseLinker. Throws the BaseLinker error (or the hold-back) as it
   * is: the caller decides how to tell the agent.
   */
  async setOrderStatus(orderId: string, statusId: string): Promise<void> {
    if (!this.gateway) {
      throw new BaselinkerError(
        "api",
        "setOrderStatus",
        "BaseLinker is not connected: set the BaseLinker token in the helpdesk options."
      )
    }
    await this.gateway.setOrderStatus(Number(orderId), Number(statusId))
  }

  /** The order as it reads after a status change. */
  withStatus(order: HelpdeskOrder, status: HelpdeskOrderStatus): HelpdeskOrder {
    return { ...order, status: { ...status } }
  }

  async report(): Promise<BaselinkerStatusReport> {
    const [cachedEmails, lastFetch, used] = await Promise.all([
      this.cache.countBaselinkerCachedEmails(),
      this.cache.lastBaselinkerFetchAt(),
      this.gateway ? this.gateway.budget.used() : Promise.resolve(0),
    ])
    const lastSuccess = Math.max(
      this.gateway?.lastSuccessAt ?? 0,
      lastFetch?.getTime() ?? 0
    )
    return {
      configured: this.configured,
      last_success_at: lastSuccess ? iso(lastSuccess) : null,
      calls_last_minute: used,
      budget_per_minute: this.settings.requestsPerMinute,
      circuit: {
        state: this.gateway?.circuit.state ?? "closed",
        retry_at: iso(this.gateway?.circuit.retryAt),
      },
      cached_emails: cachedEmails,
    }
  }

  toHelpdeskOrder(
    order: BaselinkerOrder,
    status: BaselinkerStatus | undefined
  ): HelpdeskOrder {
    const id = String(order.order_id)
    return {
      source: "baselinker",
      id,
      number: id,
      created_at: new Date(order.date_add * 1000).toISOString(),
      status: status
        ? toStatus(status)
        : {
            id: String(order.order_status_id),
            name: `Status ${order.order_status_id}`,
            color: null,
          },
      payment_status: null,
      fulfillment_status: null,
      total: orderTotal(order),
      currency_code: order.currency,
      items: order.products.map((p) => ({
        title: p.name,
        quantity: p.quantity,
        sku: p.sku,
      })),
      url: `${this.settings.panelUrl}/orders.php#order:${id}`,
      linked: false,
    }
  }
}

const toStatus = (s: BaselinkerStatus): HelpdeskOrderStatus => ({
  id: String(s.id),
  name: s.name,
  color: s.color,
})

const result = (
  orders: HelpdeskOrder[],
  state: BaselinkerState
): BaselinkerOrdersResult => ({
  orders,
  state,
  fetched_at: null,
  retry_at: null,
  count: orders.length,
  capped: false,
})

const fromCache = (
  cached: BaselinkerCacheEntry,
  state: BaselinkerState
): BaselinkerOrdersResult => ({
  orders: cached.orders,
  state,
  fetched_at: cached.fetched_at.toISOString(),
  retry_at: null,
  count: cached.count,
  capped: cached.capped,
})
