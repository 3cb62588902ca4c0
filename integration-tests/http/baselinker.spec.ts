import type {
  IEventBusModuleService,
  IOrderModuleService,
} from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { HELPDESK_MODULE } from "../../src/modules/helpdesk"
import { ManualClock } from "../../src/modules/helpdesk/baselinker/clock"
import { createBaselinkerOrders } from "../../src/modules/helpdesk/baselinker/settings"
import type HelpdeskModuleService from "../../src/modules/helpdesk/service"
import { HelpdeskEvents } from "../../src/types/events"
import type {
  BaselinkerOrdersResult,
  HelpdeskOrder,
  TicketOrdersResponse,
} from "../../src/types/orders"
import refreshBaselinkerOrdersJob from "../../src/jobs/refresh-baselinker-orders"
import { refreshBaselinkerCachesWorkflow } from "../../src/workflows/baselinker/workflows/refresh-baselinker-caches"
import { createAdminSession, type AdminSession } from "../helpers/admin-user"
import { findRedis } from "../helpers/redis"
import { makeOrder, startBaselinkerDouble } from "../fixtures/baselinker-double"

jest.setTimeout(120 * 1000)

type Double = Awaited<ReturnType<typeof startBaselinkerDouble>>
type AxiosLikeError = {
  response: { status: number; data: { type: string; message: string } }
}
const failure = (err: unknown) => (err as AxiosLikeError).response

// unique per run: with REDIS_URL set, the budget of a token outlives the run in Redis
const TOKEN = `5000123-5000456-TESTTOKEN${Date.now()}`
// small enough that a burst of new e-mails runs into it
const BUDGET = 30
const DAY = 86_400
const now = () => Math.floor(Date.now() / 1000)
const JAN = "jan.kowalski@example.com"
// a look waits at most 2 s for the budget; the rest is the request on a machine shared with others
const ANSWER_WITHIN_MS = 3_000

const STORE = "https://shop.example.com"
const ALWAYS_OPEN = Object.fromEntries(
  ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((d) => [
    d,
    [{ from: "00:00", to: "24:00" }],
  ])
)

/** Jan's account: two recent orders (one with a mixed-case e-mail), one too old, and someone else's. */
const janOrders = () => [
  makeOrder({
    order_id: 700001,
    email: "Jan.Kowalski@Example.com",
    order_status_id: 513687,
    date_add: now() - 2 * DAY,
    delivery_price: "14.99",
    products: [
      {
        name: "Kubek emaliowany",
        sku: "MUG-1",
        quantity: 1,
        price_brutto: 49.9,
      },
      { name: "Torba płócienna", sku: "TOTE-1", quantity: 2, price_brutto: 39 },
    ],
  }),
  makeOrder({
    order_id: 700002,
    email: JAN,
    order_status_id: 513689,
    date_add: now() - 30 * DAY,
  }),
  makeOrder({
    order_id: 690000,
    email: JAN,
    order_status_id: 513689,
    date_add: now() - 120 * DAY,
  }),
  makeOrder({
    order_id: 700099,
    email: "emma.brown@example.com",
    order_status_id: 513687,
    date_add: now() - DAY,
  }),
]

let double: Double

beforeAll(async () => {
  double = await startBaselinkerDouble({ token: TOKEN, orders: janOrders() })
  process.env.BASELINKER_TOKEN = TOKEN
  process.env.BASELINKER_API_URL = double.url
  process.env.BASELINKER_REQUESTS_PER_MINUTE = String(BUDGET)
  // the scheduled refresh would add calls at every fifth minute of the clock; it is run by hand
  process.env.BASELINKER_BACKGROUND_REFRESH = "false"
})

afterAll(async () => {
  await double?.stop()
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: AdminSession
    let callsBefore = 0
    const helpdesk = () =>
      getContainer().resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    /** calls the double took since the test started */
    const newCalls = (method?: string) =>
      double.calls
        .slice(callsBefore)
        .filter((c) => !method || c.method === method)

    const events: unknown[] = []
    beforeAll(() => {
      getContainer()
        .resolve<IEventBusModuleService>(Modules.EVENT_BUS)
        .subscribe(
          HelpdeskEvents.BASELINKER_ORDER_STATUS_CHANGED,
          async (event: unknown) => {
            events.push((event as { data: unknown }).data)
          }
        )
    })

    beforeEach(async () => {
      events.splice(0)
      admin = await createAdminSession(getContainer())
      double.state.orders = janOrders()
      double.state.refusals.clear()
      callsBefore = double.calls.length
    })

    const createTicket = async (
      email = JAN,
      fields: Record<string, unknown> = {}
    ) => {
      const [ticket] = await helpdesk().createHelpdeskTickets([
        {
          subject: "Gdzie jest moja paczka?",
          customer_email: email,
          ...fields,
        },
      ])
      return ticket.id
    }
    const setStatus = (
      ticketId: string,
      orderId: string,
      body: Record<string, unknown>,
      session = admin
    ) =>
      api
        .post(
          `/admin/helpdesk/tickets/${ticketId}/baselinker-orders/${orderId}/status`,
          body,
          session.headers
        )
        .catch(failure)
    const transcript = async (ticketId: string) =>
      (
        await api.get(
          `/admin/helpdesk/tickets/${ticketId}/messages`,
          admin.headers
        )
      ).data.messages as { body: string; kind: string; author_type: string }[]

    const ticketOrders = async (ticketId: string, query = "") => {
      const started = Date.now()
      const res = await api.get(
        `/admin/helpdesk/tickets/${ticketId}/orders${query}`,
        admin.headers
      )
      return {
        status: res.status,
        body: res.data as TicketOrdersResponse,
        ms: Date.now() - started,
      }
    }
    const baselinkerIds = (body: TicketOrdersResponse) =>
      body.orders.filter((o) => o.source === "baselinker").map((o) => o.id)

    it("finds the shopper's orders by e-mail whatever its case, within the look-back, newest first, with totals from loose types", async () => {
      const result = await helpdesk().retrieveBaselinkerOrders(
        "  JAN.Kowalski@example.COM "
      )
      expect(result.state).toBe("ok")
      expect(result.count).toBe(2)
      expect(result.orders.map((o) => o.id)).toEqual(["700001", "700002"])
      const [latest] = result.orders
      expect(latest).toMatchObject({
        source: "baselinker",
        number: "700001",
        status: { id: "513687", name: "Nowe zamówienia", color: "#0077DA" },
        // 49.90 + 2 × "39.00" + "14.99" delivery
        total: 142.89,
        currency_code: "PLN",
        items: [
          { title: "Kubek emaliowany", quantity: 1, sku: "MUG-1" },
          { title: "Torba płócienna", quantity: 2, sku: "TOTE-1" },
        ],
        linked: false,
      })
      expect(latest.url).toMatch(/orders\.php#order:700001$/)

      const [call] = newCalls("getOrders")
      expect(call.parameters.filter_email).toBe(JAN)
      expect(
        Math.abs(call.parameters.date_from - (now() - 90 * DAY))
      ).toBeLessThan(60)
      expect(
        double.calls.every((c) => c.error_code !== "ERROR_BAD_TOKEN")
      ).toBe(true)
    })

    it("makes one BaseLinker call per e-mail per TTL however often it is looked at, and another on refresh", async () => {
      for (let i = 0; i < 5; i++) {
        const result = await helpdesk().retrieveBaselinkerOrders(JAN)
        expect(result.count).toBe(2)
      }
      expect(newCalls("getOrders")).toHaveLength(1)

      const refreshed = await helpdesk().retrieveBaselinkerOrders(JAN, {
        refresh: true,
      })
      expect(refreshed.state).toBe("ok")
      expect(newCalls("getOrders")).toHaveLength(2)
    })

    it("shares one call among 20 looks at the same e-mail made at once", async () => {
      const results = await Promise.all(
        Array.from({ length: 20 }, () =>
          helpdesk().retrieveBaselinkerOrders(JAN)
        )
      )
      expect(new Set(results.map((r) => r.count))).toEqual(new Set([2]))
      expect(newCalls("getOrders")).toHaveLength(1)
    })

    it("pages through 250 orders by confirmation date, 100 per call", async () => {
      const email = "big.buyer@example.com"
      const start = now() - 60 * DAY
      double.state.orders = Array.from({ length: 250 }, (_, i) =>
        makeOrder({
          order_id: 800000 + i,
          email,
          date_add: start + i * 600,
          date_confirmed: start + i * 600 + 30,
        })
      )
      const result = await helpdesk().retrieveBaselinkerOrders(email)
      expect(result.state).toBe("ok")
      expect(result.count).toBe(250)
      expect(new Set(result.orders.map((o) => o.id)).size).toBe(250)
      expect(result.orders[0].id).toBe("800249")

      const pages = newCalls("getOrders")
      expect(pages).toHaveLength(3)
      expect(pages[0].parameters.date_confirmed_from).toBeUndefined()
      expect(pages[1].parameters.date_confirmed_from).toBe(
        start + 99 * 600 + 31
      )
      expect(pages[2].parameters.date_confirmed_from).toBe(
        start + 199 * 600 + 31
      )
    })

    it("answers with the cached orders and state unavailable when BaseLinker refuses, without throwing", async () => {
      const first = await helpdesk().retrieveBaselinkerOrders(JAN)
      double.refuse("getOrders", "ERROR_EMPLOYEE_ACCESS", "No access")
      const result = await helpdesk().retrieveBaselinkerOrders(JAN, {
        refresh: true,
      })
      expect(result).toMatchObject({
        state: "unavailable",
        count: 2,
        fetched_at: first.fetched_at,
      })
      expect(result.orders.map((o) => o.id)).toEqual(["700001", "700002"])
    })

    it("says not_configured, and calls nothing, without a token", async () => {
      const orders = createBaselinkerOrders({ options: {}, cache: helpdesk() })
      expect(await orders.retrieveOrders(JAN)).toEqual({
        orders: [],
        state: "not_configured",
        fetched_at: null,
        retry_at: null,
        count: 0,
        capped: false,
      })
      expect((await orders.report()).configured).toBe(false)
      expect(newCalls()).toHaveLength(0)
    })

    it("stops calling for five minutes after BaseLinker blocks the account, then sends one probe", async () => {
      const clock = new ManualClock(Date.now())
      const blocking = await startBaselinkerDouble({
        token: TOKEN,
        orders: janOrders(),
        blockAfter: 2,
        now: () => clock.now(),
      })
      try {
        const orders = createBaselinkerOrders({
          options: { token: TOKEN, apiUrl: blocking.url },
          cache: helpdesk(),
          clock,
        })
        expect((await orders.retrieveOrders(JAN)).state).toBe("ok")
        expect(blocking.calls).toHaveLength(2) // getOrders + getOrderStatusList

        const blocked = await orders.retrieveOrders("emma.brown@example.com")
        expect(blocking.calls.at(-1)?.error_code).toBe(
          "ERROR_USER_ACCOUNT_BLOCKED"
        )
        expect(blocked.state).toBe("blocked")
        expect(blocked.retry_at).toBe(
          new Date(clock.now() + 5 * 60_000).toISOString()
        )
        const callsAtBlock = blocking.calls.length

        // looks at 0, 1, 2 and 4 minutes after the block
        for (const minutes of [0, 1, 1, 2]) {
          clock.advance(minutes * 60_000)
          const look = await orders.retrieveOrders("lukas.meyer@example.com")
          expect(look.state).toBe("blocked")
        }
        clock.advance(59_000) // 4:59 after the block
        expect(
          (await orders.retrieveOrders("lukas.meyer@example.com")).state
        ).toBe("blocked")
        expect(blocking.calls).toHaveLength(callsAtBlock)
        expect((await orders.report()).circuit.state).toBe("open")

        clock.advance(1_000)
        expect((await orders.report()).circuit.state).toBe("half_open")
        // the probe stays out long enough for the second look to find it on its way
        blocking.state.latencyMs = 1_000
        const probes = await Promise.all([
          orders.retrieveOrders("emma.brown@example.com"),
          orders.retrieveOrders("lukas.meyer@example.com"),
        ])
        // one of them is the probe; the other waits for its outcome
        expect(probes.map((p) => p.state).sort()).toEqual(["blocked", "ok"])
        expect(blocking.calls).toHaveLength(callsAtBlock + 1)
        expect((await orders.report()).circuit.state).toBe("closed")
      } finally {
        await blocking.stop()
      }
    })

    it("with Redis, two instances make one call for an e-mail looked at on both, and share one budget", async () => {
      const redis = await findRedis()
      const token = `${TOKEN}-${Date.now()}`
      const shared = await startBaselinkerDouble({
        token,
        orders: janOrders(),
        latencyMs: 150,
      })
      try {
        const instance = () =>
          createBaselinkerOrders({
            options: { token, apiUrl: shared.url, requestsPerMinute: 6 },
            cache: helpdesk(),
            redisUrl: redis.url,
          })
        const [a, b] = [instance(), instance()]
        const looks = await Promise.all(
          Array.from({ length: 10 }, (_, i) =>
            (i % 2 ? a : b).retrieveOrders(JAN)
          )
        )
        expect(new Set(looks.map((l) => `${l.state}:${l.count}`))).toEqual(
          new Set(["ok:2"])
        )
        expect(shared.callsOf("getOrders")).toHaveLength(1)

        const burst = await Promise.all(
          Array.from({ length: 10 }, (_, i) =>
            (i % 2 ? a : b).retrieveOrders(`shared.${i}@example.com`)
          )
        )
        expect(shared.calls.length).toBeLessThanOrEqual(6)
        expect(burst.some((l) => l.state === "rate_limited")).toBe(true)
      } finally {
        await shared.stop()
        await redis.stop()
      }
    })

    describe("status change", () => {
      it("sets the status in BaseLinker once, updates the cached order and writes the line in the transcript", async () => {
        const ticketId = await createTicket()
        const res = await setStatus(ticketId, "700001", { status_id: "513689" })
        expect(res.status).toBe(200)
        expect(res.data.order).toMatchObject({
          id: "700001",
          status: { id: "513689", name: "Wysłane", color: "#5CB85C" },
        })

        const calls = newCalls("setOrderStatus")
        expect(calls).toHaveLength(1)
        expect(calls[0].parameters).toEqual({
          order_id: 700001,
          status_id: 513689,
        })
        const cached = await helpdesk().retrieveBaselinkerOrders(JAN)
        expect(cached.orders[0].status.name).toBe("Wysłane")
        expect(newCalls("getOrders")).toHaveLength(1)

        const lines = await transcript(ticketId)
        expect(lines.at(-1)).toMatchObject({
          body: "BaseLinker order 700001: Nowe zamówienia → Wysłane",
          kind: "note",
          author_type: "system",
        })
        await new Promise((resolve) => setTimeout(resolve, 200))
        expect(events).toEqual([
          {
            id: ticketId,
            order_id: "700001",
            from_status_id: "513687",
            status_id: "513689",
          },
        ])

        // the same status again changes nothing and calls nothing
        const again = await setStatus(ticketId, "700001", {
          status_id: "513689",
        })
        expect(again.data.changed).toBe(false)
        expect(newCalls("setOrderStatus")).toHaveLength(1)
      })

      const expectNothingChanged = async (ticketId: string) => {
        expect(events).toEqual([])
        expect(
          newCalls("setOrderStatus").filter((c) => c.status === "SUCCESS")
        ).toHaveLength(0)
        expect(double.state.orders[0].order_status_id).toBe(513687)
        const cached = await helpdesk().retrieveBaselinkerOrders(JAN)
        expect(cached.orders[0].status.id).toBe("513687")
        expect(
          (await transcript(ticketId)).some((m) =>
            m.body.startsWith("BaseLinker")
          )
        ).toBe(false)
      }

      it("refuses a status the account does not have with 400, a sentence, and no change", async () => {
        const ticketId = await createTicket()
        const res = await setStatus(ticketId, "700001", { status_id: "999" })
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(
          /BaseLinker has no order status "999".*513689 \(Wysłane\)/
        )
        const malformed = await setStatus(ticketId, "700001", {
          status_id: "sent",
        })
        expect(malformed.status).toBe(400)
        expect(malformed.data.message).toMatch(
          /status_id must be a BaseLinker id/
        )
        expect(newCalls("setOrderStatus")).toHaveLength(0)
        await expectNothingChanged(ticketId)
      })

      it("answers 404 for another shopper's order, or an order that is not there", async () => {
        const ticketId = await createTicket()
        for (const orderId of ["700099", "123", "not-an-id"]) {
          const res = await setStatus(ticketId, orderId, {
            status_id: "513689",
          })
          expect(res.status).toBe(404)
          expect(res.data.message).toMatch(/is not one of this ticket's orders/)
        }
        expect(newCalls("setOrderStatus")).toHaveLength(0)
        expect(double.state.orders[3].order_status_id).toBe(513687)
        await expectNothingChanged(ticketId)
      })

      it("answers 502 with BaseLinker's reason when it refuses, and rolls back the cache and the line", async () => {
        const ticketId = await createTicket()
        double.refuse("setOrderStatus", "ERROR_ORDER_LOCKED", "Order is locked")
        const res = await setStatus(ticketId, "700001", { status_id: "513689" })
        expect(res.status).toBe(502)
        expect(res.data.message).toBe(
          "The status of BaseLinker order 700001 was not changed: BaseLinker refused: Order is locked (ERROR_ORDER_LOCKED)."
        )
        expect(res.data.message).not.toContain(TOKEN)
        expect(newCalls("setOrderStatus")).toHaveLength(1)
        await expectNothingChanged(ticketId)
      })

      it("answers 404 to an agent who does not work the ticket's channel", async () => {
        const other = await createAdminSession(
          getContainer(),
          "marek@helpdesk.test"
        )
        const { data } = await api.post(
          "/admin/helpdesk/channels",
          {
            name: "Marek's shop",
            store_url: STORE,
            opening_hours: ALWAYS_OPEN,
            agent_ids: [other.user.id],
          },
          admin.headers
        )
        const ticketId = await createTicket(JAN, {
          channel_id: data.channel.id,
        })
        const res = await setStatus(ticketId, "700001", { status_id: "513689" })
        expect(res.status).toBe(404)
        expect(res.data.message).toBe(`Ticket "${ticketId}" was not found.`)
        expect(newCalls()).toHaveLength(0)
        expect(
          (await setStatus(ticketId, "700001", { status_id: "513689" }, other))
            .status
        ).toBe(200)
      })
    })

    it("lists the account's statuses for the select, and reports BaseLinker's health without the token", async () => {
      await helpdesk().retrieveBaselinkerOrders(JAN)
      const statuses = await api.get(
        "/admin/helpdesk/baselinker/statuses",
        admin.headers
      )
      expect(statuses.data.state).toBe("ok")
      expect(statuses.data.statuses).toContainEqual({
        id: "513689",
        name: "Wysłane",
        color: "#5CB85C",
      })

      const { data } = await api.get(
        "/admin/helpdesk/baselinker",
        admin.headers
      )
      expect(data.baselinker).toMatchObject({
        configured: true,
        budget_per_minute: BUDGET,
        circuit: { state: "closed", retry_at: null },
        cached_emails: 1,
      })
      expect(data.baselinker.calls_last_minute).toBeGreaterThan(0)
      expect(data.baselinker.calls_last_minute).toBeLessThanOrEqual(BUDGET)
      expect(Date.parse(data.baselinker.last_success_at)).toBeGreaterThan(
        Date.now() - 60_000
      )
      expect(JSON.stringify(data)).not.toContain(TOKEN)
      expect(JSON.stringify(helpdesk().getOptions())).not.toContain(TOKEN)
    })

    it("refreshes the expired caches of new and open tickets' shoppers, most recently active first, within the limit", async () => {
      const old = new Date(Date.now() - 3600_000)
      await createTicket(JAN, { status: "open", last_message_at: new Date() })
      await createTicket("emma.brown@example.com", {
        status: "new",
        last_message_at: old,
      })
      await createTicket("closed.case@example.com", { status: "closed" })
      await createTicket("third.shopper@example.com", {
        status: "new",
        last_message_at: new Date(Date.now() - 7200_000),
      })

      const { result } = await refreshBaselinkerCachesWorkflow(
        getContainer()
      ).run({ input: { limit: 2 } })
      expect(result).toEqual({ refreshed: 2, stopped: null })
      expect(
        newCalls("getOrders").map((c) => c.parameters.filter_email)
      ).toEqual([JAN, "emma.brown@example.com"])

      // fresh caches are left alone; the next run takes the one left
      await refreshBaselinkerCachesWorkflow(getContainer()).run({
        input: { limit: 2 },
      })
      expect(
        newCalls("getOrders").map((c) => c.parameters.filter_email)
      ).toEqual([JAN, "emma.brown@example.com", "third.shopper@example.com"])
    })

    it("leaves the caches alone in the scheduled job when backgroundRefresh is off", async () => {
      // this spec runs with BASELINKER_BACKGROUND_REFRESH=false
      expect(helpdesk().isBaselinkerBackgroundRefreshOn()).toBe(false)
      await createTicket("job.off@example.com", { status: "new" })

      await refreshBaselinkerOrdersJob(getContainer())

      expect(newCalls()).toEqual([])
      expect(await helpdesk().readBaselinkerCache("job.off@example.com")).toBe(
        null
      )
    })

    describe("the ticket's orders over HTTP", () => {
      it("lists the shopper's Medusa order and BaseLinker orders together, with state ok", async () => {
        const order = await getContainer()
          .resolve<IOrderModuleService>(Modules.ORDER)
          .createOrders({
            email: JAN,
            currency_code: "pln",
            items: [{ title: "Torba płócienna", quantity: 2, unit_price: 49 }],
          })
        const ticketId = await createTicket()

        const { status, body, ms } = await ticketOrders(ticketId)
        expect(status).toBe(200)
        expect(ms).toBeLessThan(ANSWER_WITHIN_MS)
        expect(body.orders.map((o) => `${o.source}:${o.id}`)).toEqual([
          `medusa:${order.id}`,
          "baselinker:700001",
          "baselinker:700002",
        ])
        expect(body.medusa).toEqual({ count: 1 })
        expect(body.baselinker).toMatchObject({
          state: "ok",
          retry_at: null,
          count: 2,
          capped: false,
        })
        expect(Date.parse(body.baselinker.fetched_at!)).toBeGreaterThan(
          Date.now() - 60_000
        )
        expect(
          newCalls("getOrders").map((c) => c.parameters.filter_email)
        ).toEqual([JAN])
      })

      it("answers 200 with the cached orders, their fetched_at and state unavailable when BaseLinker refuses", async () => {
        const ticketId = await createTicket()
        const first = await ticketOrders(ticketId)
        expect(first.body.baselinker.state).toBe("ok")

        double.refuse("getOrders", "ERROR_EMPLOYEE_ACCESS", "No access")
        const { status, body, ms } = await ticketOrders(
          ticketId,
          "?refresh=true"
        )
        expect(status).toBe(200)
        expect(ms).toBeLessThan(ANSWER_WITHIN_MS)
        expect(body.baselinker).toMatchObject({
          state: "unavailable",
          fetched_at: first.body.baselinker.fetched_at,
          count: 2,
        })
        expect(baselinkerIds(body)).toEqual(["700001", "700002"])
        expect(newCalls("getOrders").map((c) => c.error_code)).toEqual([
          null,
          "ERROR_EMPLOYEE_ACCESS",
        ])
      })

      it("answers 200 with the cached orders and state unavailable when BaseLinker cannot be reached", async () => {
        const ticketId = await createTicket()
        const first = await ticketOrders(ticketId)
        expect(first.body.baselinker.state).toBe("ok")

        const { port } = double
        await double.stop()
        try {
          const { status, body, ms } = await ticketOrders(
            ticketId,
            "?refresh=true"
          )
          expect(status).toBe(200)
          expect(ms).toBeLessThan(ANSWER_WITHIN_MS)
          expect(body.baselinker).toMatchObject({
            state: "unavailable",
            fetched_at: first.body.baselinker.fetched_at,
            count: 2,
          })
          expect(baselinkerIds(body)).toEqual(["700001", "700002"])
        } finally {
          double = await startBaselinkerDouble({
            token: TOKEN,
            orders: janOrders(),
            port,
          })
        }
      })

      /**
       * A wholesale shopper's account of its own, read by a fetcher with a budget of its own into
       * the module's cache: the calls a look over the cap makes would otherwise count against
       * the spec's shared budget of BUDGET calls a minute, which the last tests spend.
       */
      const fetchFromOwnAccount = async (
        email: string,
        orders: ReturnType<typeof makeOrder>[]
      ) => {
        const account = await startBaselinkerDouble({ token: TOKEN, orders })
        try {
          const fetched = await createBaselinkerOrders({
            options: {
              token: TOKEN,
              apiUrl: account.url,
              requestsPerMinute: 100,
            },
            cache: helpdesk(),
          }).retrieveOrders(email)
          return { fetched, pages: account.callsOf("getOrders") }
        } finally {
          await account.stop()
        }
      }

      it("keeps the newest 500 when the shopper has more BaseLinker orders than five pages of 100, and says capped", async () => {
        const email = "wholesale.buyer@example.com"
        const start = now() - 80 * DAY
        const { fetched, pages } = await fetchFromOwnAccount(
          email,
          Array.from({ length: 600 }, (_, i) =>
            makeOrder({
              order_id: 810000 + i,
              email,
              date_add: start + i * 600,
              date_confirmed: start + i * 600 + 30,
            })
          )
        )
        // all 600 were read, so the count is exact; the list holds the newest 500
        expect(fetched).toMatchObject({ state: "ok", count: 600, capped: true })
        expect(pages.length).toBeLessThanOrEqual(10)
        // five pages from the look-back start, then on from the last order they held
        expect(pages[0].parameters.date_confirmed_from).toBeUndefined()
        expect(pages.map((p) => p.parameters.date_confirmed_from)).toContain(
          start + 499 * 600 + 31
        )

        // the route answers from that cache, and says it is capped
        const ticketId = await createTicket(email)
        const { status, body } = await ticketOrders(ticketId)
        expect(status).toBe(200)
        expect(body.baselinker).toMatchObject({
          state: "ok",
          count: 600,
          capped: true,
        })
        const ids = baselinkerIds(body)
        expect(ids).toHaveLength(500)
        // the 100 oldest are the ones left out
        expect(ids[0]).toBe("810599")
        expect(ids.at(-1)).toBe("810100")
        expect(newCalls("getOrders")).toHaveLength(0)
      })

      it("moves the window towards now when the shopper's orders fill the look-back, keeping the newest without a gap", async () => {
        const email = "marketplace.buyer@example.com"
        const start = now() - 76 * DAY
        const step = 4_320 // 1,500 orders over 75 days, one every 72 minutes
        const { fetched, pages } = await fetchFromOwnAccount(
          email,
          Array.from({ length: 1_500 }, (_, i) =>
            makeOrder({
              order_id: 820000 + i,
              email,
              date_add: start + i * step,
              date_confirmed: start + i * step + 30,
            })
          )
        )
        expect(fetched).toMatchObject({ state: "ok", capped: true })
        // at most twice the five pages for an e-mail over the cap
        expect(pages.length).toBeLessThanOrEqual(10)

        const ids = fetched.orders.map((o) => Number(o.id))
        expect(ids.length).toBeGreaterThan(100)
        expect(ids.length).toBeLessThanOrEqual(500)
        // the newest orders the account holds, newest first, none between them left out
        expect(ids).toEqual(
          Array.from({ length: ids.length }, (_, i) => 821499 - i)
        )
        // the count is what was read: these and the oldest pages, fewer than BaseLinker holds
        expect(fetched.count).toBeGreaterThanOrEqual(ids.length + 500)
        expect(fetched.count).toBeLessThan(1_500)

        // the route shows what was fetched
        const { body } = await ticketOrders(await createTicket(email))
        expect(baselinkerIds(body)).toEqual(ids.map(String))
        expect(newCalls("getOrders")).toHaveLength(0)
      })
    })

    // last: it spends the minute's budget
    it("keeps a burst of 40 new e-mails within the budget and answers each within seconds", async () => {
      const emails = Array.from(
        { length: 40 },
        (_, i) => `burst.${i}@example.com`
      )
      const timed = async (email: string) => {
        const start = Date.now()
        const result = await helpdesk().retrieveBaselinkerOrders(email)
        return { result, ms: Date.now() - start }
      }
      const answers: { result: BaselinkerOrdersResult; ms: number }[] =
        await Promise.all(emails.map(timed))

      expect(double.maxCallsPerMinute()).toBeLessThanOrEqual(BUDGET)
      expect(Math.max(...answers.map((a) => a.ms))).toBeLessThan(5_000)
      const limited = answers.filter((a) => a.result.state === "rate_limited")
      expect(limited.length).toBeGreaterThan(0)
      for (const { result } of limited) {
        expect(Date.parse(result.retry_at!)).toBeGreaterThan(Date.now())
      }
      expect(
        answers.filter((a) => a.result.state === "ok").length + limited.length
      ).toBe(40)
    })

    // after the burst: it spends whatever is left of the minute's budget
    it("answers the ticket's orders 200 at once with the cached orders and retry_at when the budget is spent", async () => {
      const ticketId = await createTicket()
      // Jan's orders as fetched 20 minutes ago: past the TTL, so a look wants a call
      const fetchedAt = new Date(Date.now() - 20 * 60_000)
      const cached: HelpdeskOrder = {
        source: "baselinker",
        id: "700001",
        number: "700001",
        created_at: new Date((now() - 2 * DAY) * 1000).toISOString(),
        status: { id: "513687", name: "Nowe zamówienia", color: "#0077DA" },
        payment_status: null,
        fulfillment_status: null,
        total: 142.89,
        currency_code: "PLN",
        items: [{ title: "Kubek emaliowany", quantity: 1, sku: "MUG-1" }],
        url: null,
        linked: false,
      }
      await helpdesk().writeBaselinkerCache(JAN, {
        fetched_at: fetchedAt,
        count: 1,
        capped: false,
        orders: [
          {
            order: cached,
            status_id: "513687",
            ordered_at: new Date(cached.created_at),
          },
        ],
      })

      let spent = false
      for (let i = 0; i <= BUDGET && !spent; i++) {
        const look = await helpdesk().retrieveBaselinkerOrders(
          `spender.${i}@example.com`
        )
        spent = look.state === "rate_limited"
      }
      expect(spent).toBe(true)
      const callsWhenSpent = double.calls.length

      const { status, body, ms } = await ticketOrders(ticketId)
      expect(status).toBe(200)
      expect(ms).toBeLessThan(ANSWER_WITHIN_MS)
      expect(body.baselinker).toMatchObject({
        state: "rate_limited",
        fetched_at: fetchedAt.toISOString(),
        count: 1,
      })
      expect(Date.parse(body.baselinker.retry_at!)).toBeGreaterThan(Date.now())
      expect(baselinkerIds(body)).toEqual(["700001"])
      expect(double.calls.length).toBe(callsWhenSpent)
      expect(double.maxCallsPerMinute()).toBeLessThanOrEqual(BUDGET)
    })
  },
})
