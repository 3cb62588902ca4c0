import type { INotificationModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { runTimedAutomations } from "../../src/jobs/run-timed-automations"
import { HELPDESK_MODULE } from "../../src/modules/helpdesk"
import type HelpdeskModuleService from "../../src/modules/helpdesk/service"
import { runAutomationsWorkflow } from "../../src/workflows/automations/workflows/run-automations"
import { createAdminSession, type AdminSession } from "../helpers/admin-user"
import { eventually, sleep } from "../helpers/sockets"
import { makeOrder, startBaselinkerDouble } from "../fixtures/baselinker-double"

jest.setTimeout(180 * 1000)

type Double = Awaited<ReturnType<typeof startBaselinkerDouble>>
type Failure = { status: number; data: { type: string; message: string } }
const failure = (err: unknown) => (err as { response: Failure }).response

const TOKEN = `5000123-5000456-RULESTOKEN${Date.now()}`
const STORE = "https://shop.example.com"
const BOSS = "boss@helpdesk.test"
const JAN = "jan.kowalski@example.com"
const DAY = 86_400
const ALWAYS_OPEN = Object.fromEntries(
  ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((d) => [
    d,
    [{ from: "00:00", to: "24:00" }],
  ])
)
const NEVER_OPEN = Object.fromEntries(
  ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((d) => [d, []])
)

const janOrders = () => [
  makeOrder({
    order_id: 800001,
    email: JAN,
    order_status_id: 513687,
    date_add: Math.floor(Date.now() / 1000) - 2 * DAY,
  }),
  makeOrder({
    order_id: 800002,
    email: JAN,
    order_status_id: 513687,
    date_add: Math.floor(Date.now() / 1000) - 20 * DAY,
  }),
]

let double: Double

beforeAll(async () => {
  double = await startBaselinkerDouble({ token: TOKEN, orders: janOrders() })
  process.env.BASELINKER_TOKEN = TOKEN
  process.env.BASELINKER_API_URL = double.url
  process.env.BASELINKER_CACHE_TTL_SECONDS = "1"
  process.env.BASELINKER_BACKGROUND_REFRESH = "false"
  process.env.HELPDESK_ADMINS = BOSS
})

afterAll(async () => {
  await double?.stop()
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let boss: AdminSession
    let anna: AdminSession
    let piotr: AdminSession
    let channelA: string
    let channelB: string
    let seq = 0

    const helpdesk = () =>
      getContainer().resolve<HelpdeskModuleService>(HELPDESK_MODULE)

    beforeEach(async () => {
      double.state.orders = janOrders()
      boss = await createAdminSession(getContainer(), BOSS)
      anna = await createAdminSession(getContainer(), "anna@helpdesk.test")
      piotr = await createAdminSession(getContainer(), "piotr@helpdesk.test")
      const channel = async (name: string, agent: AdminSession, extra = {}) =>
        (
          await api.post(
            "/admin/helpdesk/channels",
            {
              name,
              store_url: STORE,
              opening_hours: ALWAYS_OPEN,
              locale: "pl",
              agent_ids: [agent.user.id],
              ...extra,
            },
            boss.headers
          )
        ).data.channel.id as string
      channelA = await channel("Sklep PL", anna)
      channelB = await channel("Shop EN", piotr)
    })

    const inA = { field: "channel_id", operator: "is", value: "" }
    const onA = () => ({ ...inA, value: channelA })

    const createRule = async (
      body: Record<string, unknown>,
      who: AdminSession = anna
    ) =>
      (
        await api.post(
          "/admin/helpdesk/automation-rules",
          {
            name: "Rule",
            trigger: "customer_message",
            conditions: { match: "all", predicates: [onA()] },
            actions: [{ type: "set_priority", priority: "high" }],
            ...body,
          },
          who.headers
        )
      ).data.automation_rule as Record<string, unknown> & { id: string }

    /** A shopper starts a chat through the widget's API. */
    const startChat = async (
      message: string,
      { channel = channelA, email = JAN } = {}
    ) => {
      const { data } = await api.post(
        `/helpdesk/channels/${channel}/conversations`,
        {
          name: "Jan Kowalski",
          email,
          subject: "Zamówienie",
          message,
          client_id: `c-${++seq}`,
        },
        { headers: { origin: STORE } }
      )
      return {
        id: data.conversation.id as string,
        token: data.visitor_token as string,
      }
    }
    const say = (chat: { id: string; token: string }, body: string) =>
      api.post(
        `/helpdesk/conversations/${chat.id}/messages`,
        { client_id: `c-${++seq}`, body },
        { headers: { authorization: `Bearer ${chat.token}`, origin: STORE } }
      )
    const replay = async (chat: { id: string; token: string }) =>
      (
        await api.get(`/helpdesk/conversations/${chat.id}/messages`, {
          headers: { authorization: `Bearer ${chat.token}`, origin: STORE },
        })
      ).data.messages as { author_type: string; body: string; kind: string }[]
    const ticket = async (id: string) =>
      (
        await api.get(
          `/admin/helpdesk/tickets/${id}?fields=*tags`,
          anna.headers
        )
      ).data.ticket as Record<string, unknown> & {
        tags: { id: string }[]
        priority: string
        status: string
        number: number
        skip_next_autoresponder: boolean
      }
    const runs = async (id: string, who = anna) =>
      (
        await api.get(
          `/admin/helpdesk/tickets/${id}/automation-runs`,
          who.headers
        )
      ).data.automation_runs as {
        rule_id: string
        rule_name: string
        trigger: string
        matched: boolean
        actions_applied:
          { type: string; status: string; detail?: string }[] | null
        error: string | null
      }[]
    /** Runs once their actions have been written. */
    const settledRuns = async (id: string, count: number) => {
      let found: Awaited<ReturnType<typeof runs>> = []
      await eventually(async () => {
        found = await runs(id)
        expect(found).toHaveLength(count)
        expect(found.every((r) => r.actions_applied)).toBe(true)
      }, 20_000)
      return found
    }
    const notes = async (id: string) =>
      (
        await helpdesk().listHelpdeskMessages(
          { ticket_id: id, kind: "note" },
          { select: ["body", "author_type"], order: { seq: "ASC" } }
        )
      ).map((m) => m.body)
    const ruleCount = async () =>
      (await helpdesk().listHelpdeskAutomationRules({}, { select: ["id"] }))
        .length
    const classified = (id: string) =>
      eventually(async () => {
        const pending = await helpdesk().listHelpdeskMessages(
          { ticket_id: id, author_type: "customer", classified_by: null },
          { select: ["id"] }
        )
        expect(pending).toHaveLength(0)
      }, 20_000)

    describe("managing rules", () => {
      it("creates rules last in order, lists them by position with last_run_at, reads, changes and deletes one", async () => {
        const first = await createRule({ name: "First" })
        const second = await createRule({
          name: "Second",
          trigger: "no_agent_reply",
          delay_minutes: 30,
        })
        expect(first).toMatchObject({
          name: "First",
          enabled: true,
          stop_processing: false,
          trigger: "customer_message",
          delay_minutes: null,
          last_run_at: null,
        })
        expect(second.position).toBeGreaterThan(first.position as number)

        const { data: list } = await api.get(
          "/admin/helpdesk/automation-rules",
          anna.headers
        )
        expect(list).toMatchObject({ count: 2, offset: 0, limit: 50 })
        expect(list.automation_rules.map((r: { id: string }) => r.id)).toEqual([
          first.id,
          second.id,
        ])

        const { data: changed } = await api.post(
          `/admin/helpdesk/automation-rules/${second.id}`,
          { enabled: false, trigger: "pending_for", delay_minutes: 120 },
          anna.headers
        )
        expect(changed.automation_rule).toMatchObject({
          enabled: false,
          trigger: "pending_for",
          delay_minutes: 120,
        })
        const { data: moved } = await api.post(
          `/admin/helpdesk/automation-rules/${second.id}`,
          { trigger: "ticket_updated" },
          anna.headers
        )
        expect(moved.automation_rule.delay_minutes).toBeNull()

        const { data: got } = await api.get(
          `/admin/helpdesk/automation-rules/${first.id}`,
          anna.headers
        )
        expect(got.automation_rule.id).toBe(first.id)

        const { data: deleted } = await api.delete(
          `/admin/helpdesk/automation-rules/${first.id}`,
          anna.headers
        )
        expect(deleted).toEqual({
          id: first.id,
          object: "automation_rule",
          deleted: true,
        })
        const res = await api
          .get(`/admin/helpdesk/automation-rules/${first.id}`, anna.headers)
          .catch(failure)
        expect(res.status).toBe(404)
      })

      it("refuses each invalid rule with a 400 naming the field, and writes nothing", async () => {
        const tag = (
          await api.post("/admin/helpdesk/tags", { name: "VIP" }, boss.headers)
        ).data.tag.id
        const cases: [Record<string, unknown>, RegExp][] = [
          [{ trigger: "whenever" }, /field .trigger./],
          [{ trigger: "no_agent_reply" }, /delay_minutes is required/],
          [{ delay_minutes: 10 }, /delay_minutes applies only/],
          [
            { trigger: "pending_for", delay_minutes: 50_000 },
            /field 'delay_minutes' too big/,
          ],
          [
            {
              conditions: {
                match: "some",
                predicates: [onA()],
              },
            },
            /conditions.match must be one of all, any/,
          ],
          [
            {
              conditions: {
                match: "all",
                predicates: [
                  onA(),
                  { field: "mood", operator: "is", value: 1 },
                ],
              },
            },
            /conditions.predicates\[1\].field must be one of/,
          ],
          [
            {
              conditions: {
                match: "all",
                predicates: [
                  onA(),
                  { field: "sentiment", operator: "gte", value: "negative" },
                ],
              },
            },
            /operator for sentiment must be one of is, is_not, in/,
          ],
          [
            {
              conditions: {
                match: "all",
                predicates: [
                  onA(),
                  { field: "sentiment", operator: "is", value: "angry" },
                ],
              },
            },
            /predicates\[1\].value must be one of positive, neutral, negative/,
          ],
          [
            {
              conditions: {
                match: "all",
                predicates: [
                  onA(),
                  { field: "time_of_day", operator: "gte", value: "25:00" },
                ],
              },
            },
            /must be a time written as HH:MM/,
          ],
          [
            {
              conditions: {
                match: "all",
                predicates: [{ ...inA, value: "hdch_missing" }],
              },
            },
            /conditions.predicates\[0\].value: there is no channel with the id "hdch_missing"/,
          ],
          [
            { actions: [{ type: "add_tag", tag_id: "hdtg_missing" }] },
            /actions\[0\].tag_id: there is no tag with the id "hdtg_missing"/,
          ],
          [
            { actions: [{ type: "assign_agent", user_id: "user_missing" }] },
            /actions\[0\].user_id: there is no user/,
          ],
          [
            { actions: [{ type: "assign_team", team_id: "hdtm_missing" }] },
            /actions\[0\].team_id: there is no team/,
          ],
          [
            {
              conditions: {
                match: "all",
                predicates: [
                  onA(),
                  { field: "inbox_id", operator: "is", value: "hdib_x" },
                ],
              },
            },
            /there is no inbox with the id "hdib_x"/,
          ],
          [
            {
              actions: [
                { type: "add_tag", tag_id: tag },
                { type: "send_autoresponse", body: "Hej {customer.nickname}!" },
              ],
            },
            /actions\[1\].body names the unknown variable \{customer.nickname\}/,
          ],
          [
            {
              actions: [
                { type: "send_autoresponse", body: { en: "Hi", de: "Hallo" } },
              ],
            },
            /"de" is not a locale/,
          ],
          [
            { actions: [{ type: "set_priority", priority: "asap" }] },
            /actions\[0\].priority must be one of low, normal, high, urgent/,
          ],
          [
            { actions: [{ type: "explode" }] },
            /actions\[0\].type must be one of/,
          ],
          [{ actions: [] }, /actions must hold 1 to 20 actions/],
          [
            {
              actions: [
                {
                  type: "set_baselinker_order_status",
                  status_id: "999",
                  orders: "newest",
                },
              ],
            },
            /actions\[0\].status_id: BaseLinker has no order status "999"/,
          ],
          [
            {
              actions: [{ type: "send_autoresponse", body: "Hi \u0000 there" }],
            },
            /NUL/,
          ],
        ]
        for (const [body, message] of cases) {
          const res = await api
            .post(
              "/admin/helpdesk/automation-rules",
              {
                name: "Bad",
                trigger: "customer_message",
                conditions: { match: "all", predicates: [onA()] },
                actions: [{ type: "set_priority", priority: "high" }],
                ...body,
              },
              anna.headers
            )
            .catch(failure)
          expect({ body, status: res.status }).toEqual({ body, status: 400 })
          expect(res.data.message).toMatch(message)
        }
        expect(await ruleCount()).toBe(0)

        const rule = await createRule({})
        const res = await api
          .post(
            `/admin/helpdesk/automation-rules/${rule.id}`,
            { trigger: "pending_for" },
            anna.headers
          )
          .catch(failure)
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/delay_minutes is required/)
        const { data } = await api.get(
          `/admin/helpdesk/automation-rules/${rule.id}`,
          anna.headers
        )
        expect(data.automation_rule.trigger).toBe("customer_message")
      })

      it("reorders the rules to the given order and refuses an order that is not the whole set", async () => {
        const a = await createRule({ name: "A" })
        const b = await createRule({ name: "B" })
        const c = await createRule({ name: "C" })
        const { data } = await api.post(
          "/admin/helpdesk/automation-rules/reorder",
          { ids: [c.id, a.id, b.id] },
          anna.headers
        )
        expect(
          data.automation_rules.map((r: { id: string; position: number }) => [
            r.id,
            r.position,
          ])
        ).toEqual([
          [c.id, 0],
          [a.id, 1],
          [b.id, 2],
        ])
        for (const [ids, message] of [
          [[c.id, a.id], /is missing/],
          [[c.id, a.id, b.id, "hdar_nope"], /"hdar_nope" is not one of/],
          [[c.id, a.id, a.id, b.id], /more than once/],
        ] as const) {
          const res = await api
            .post(
              "/admin/helpdesk/automation-rules/reorder",
              { ids },
              anna.headers
            )
            .catch(failure)
          expect(res.status).toBe(400)
          expect(res.data.message).toMatch(message)
        }
        const { data: list } = await api.get(
          "/admin/helpdesk/automation-rules",
          anna.headers
        )
        expect(list.automation_rules.map((r: { id: string }) => r.id)).toEqual([
          c.id,
          a.id,
          b.id,
        ])
      })

      it("tests a rule on a ticket, saying which condition failed, and changes nothing", async () => {
        const chat = await startChat("Gdzie jest moja paczka?")
        await classified(chat.id)
        const rule = await createRule({
          enabled: false,
          conditions: {
            match: "all",
            predicates: [
              onA(),
              { field: "message_text", operator: "contains", value: "PACZKA" },
              { field: "priority", operator: "gte", value: "high" },
            ],
          },
        })
        const { data } = await api.post(
          `/admin/helpdesk/automation-rules/${rule.id}/test`,
          { ticket_id: chat.id },
          anna.headers
        )
        expect(data.matched).toBe(false)
        expect(data.conditions).toEqual([
          { ...onA(), matched: true, actual: channelA },
          {
            field: "message_text",
            operator: "contains",
            value: "PACZKA",
            matched: true,
            actual: "Gdzie jest moja paczka?",
          },
          {
            field: "priority",
            operator: "gte",
            value: "high",
            matched: false,
            actual: "normal",
          },
        ])
        expect(data.actions).toEqual([
          { type: "set_priority", priority: "high" },
        ])
        expect((await ticket(chat.id)).priority).toBe("normal")
        expect(await runs(chat.id)).toEqual([])
      })
    })

    describe("who may manage rules", () => {
      it("hides a rule from an agent who may not change its channel: 404 on read, change, delete and test, absent from the list", async () => {
        const rule = await createRule({ name: "Anna's" })
        const chat = await startChat("Hej", { channel: channelB })
        const calls: [string, () => Promise<unknown>][] = [
          [
            "get",
            () =>
              api.get(
                `/admin/helpdesk/automation-rules/${rule.id}`,
                piotr.headers
              ),
          ],
          [
            "update",
            () =>
              api.post(
                `/admin/helpdesk/automation-rules/${rule.id}`,
                { enabled: false },
                piotr.headers
              ),
          ],
          [
            "test",
            () =>
              api.post(
                `/admin/helpdesk/automation-rules/${rule.id}/test`,
                { ticket_id: chat.id },
                piotr.headers
              ),
          ],
          [
            "delete",
            () =>
              api.delete(
                `/admin/helpdesk/automation-rules/${rule.id}`,
                piotr.headers
              ),
          ],
        ]
        for (const [name, call] of calls) {
          const res = (await call().catch(failure)) as Failure
          expect({ name, status: res.status }).toEqual({ name, status: 404 })
          expect(res.data.message).toBe(
            `Automation rule "${rule.id}" was not found.`
          )
        }
        const { data } = await api.get(
          "/admin/helpdesk/automation-rules",
          piotr.headers
        )
        expect(data).toMatchObject({ count: 0, automation_rules: [] })
        const { data: own } = await api.get(
          `/admin/helpdesk/automation-rules/${rule.id}`,
          anna.headers
        )
        expect(own.automation_rule.enabled).toBe(true)
        // the administrator manages every rule
        const { data: all } = await api.get(
          "/admin/helpdesk/automation-rules",
          boss.headers
        )
        expect(all.count).toBe(1)
      })

      it("lets only an administrator save a rule for every channel, and refuses a channel the agent does not work", async () => {
        const everywhere = {
          conditions: { match: "all", predicates: [] },
        }
        const res = await api
          .post(
            "/admin/helpdesk/automation-rules",
            {
              name: "All",
              trigger: "ticket_created",
              actions: [{ type: "set_priority", priority: "high" }],
              ...everywhere,
            },
            anna.headers
          )
          .catch(failure)
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/Only a helpdesk administrator/)
        const foreign = await api
          .post(
            "/admin/helpdesk/automation-rules",
            {
              name: "B",
              trigger: "ticket_created",
              conditions: {
                match: "all",
                predicates: [{ ...inA, value: channelB }],
              },
              actions: [{ type: "set_priority", priority: "high" }],
            },
            anna.headers
          )
          .catch(failure)
        expect(foreign.status).toBe(400)
        expect(foreign.data.message).toMatch(/there is no channel with the id/)
        expect(await ruleCount()).toBe(0)

        const rule = await createRule(everywhere, boss)
        expect(rule.id).toBeTruthy()
        const hidden = await api
          .get(`/admin/helpdesk/automation-rules/${rule.id}`, anna.headers)
          .catch(failure)
        expect(hidden.status).toBe(404)
      })

      it("answers 404 for the test ticket and the run log of a ticket the agent may not see", async () => {
        const rule = await createRule({})
        const chat = await startChat("Hej", { channel: channelB })
        const test = await api
          .post(
            `/admin/helpdesk/automation-rules/${rule.id}/test`,
            { ticket_id: chat.id },
            anna.headers
          )
          .catch(failure)
        expect(test.status).toBe(404)
        expect(test.data.message).toBe(`Ticket "${chat.id}" was not found.`)
        const log = await api
          .get(
            `/admin/helpdesk/tickets/${chat.id}/automation-runs`,
            anna.headers
          )
          .catch(failure)
        expect(log.status).toBe(404)
      })
    })

    describe("triggers and actions", () => {
      it("runs ticket_created then customer_message on a first negative message: urgent, tagged, noted and answered in Polish", async () => {
        const tag = (
          await api.post(
            "/admin/helpdesk/tags",
            { name: "Complaint" },
            boss.headers
          )
        ).data.tag.id
        const created = await createRule({
          name: "Negative on the PL shop",
          trigger: "ticket_created",
          conditions: {
            match: "all",
            predicates: [
              onA(),
              { field: "sentiment", operator: "is", value: "negative" },
              {
                field: "is_first_customer_message",
                operator: "is",
                value: true,
              },
            ],
          },
          actions: [
            { type: "set_priority", priority: "urgent" },
            { type: "add_tag", tag_id: tag },
            { type: "add_note", body: "Angry shopper on #{ticket.number}" },
            {
              type: "send_autoresponse",
              body: {
                en: "Sorry, {customer.first_name}!",
                pl: "Przepraszamy, {customer.first_name}! Zgłoszenie #{ticket.number} ma najwyższy priorytet.",
              },
            },
          ],
        })
        const message = await createRule({
          name: "Every message",
          trigger: "customer_message",
          actions: [{ type: "set_status", status: "open" }],
        })

        const chat = await startChat(
          "Paczka przyszła uszkodzona, to skandal! Idę do rzecznika konsumentów."
        )
        const found = await settledRuns(chat.id, 2)
        const t = await ticket(chat.id)
        expect(t.priority).toBe("urgent")
        expect(t.status).toBe("open")
        expect(t.tags.map((x) => x.id)).toEqual([tag])
        // newest first
        expect(found.map((r) => [r.rule_id, r.trigger])).toEqual([
          [message.id, "customer_message"],
          [created.id, "ticket_created"],
        ])
        expect(found[1]).toMatchObject({
          rule_name: "Negative on the PL shop",
          matched: true,
          error: null,
        })
        expect(
          found[1].actions_applied!.map((a) => [a.type, a.status])
        ).toEqual([
          ["set_priority", "applied"],
          ["add_tag", "applied"],
          ["add_note", "applied"],
          ["send_autoresponse", "applied"],
        ])

        const number = t.number
        const transcript = await replay(chat)
        expect(
          transcript.filter((m) => m.author_type === "automation")
        ).toEqual([
          expect.objectContaining({
            kind: "message",
            body: `Przepraszamy, Jan! Zgłoszenie #${number} ma najwyższy priorytet.`,
          }),
        ])
        const lines = await notes(chat.id)
        expect(lines).toEqual(
          expect.arrayContaining([
            "Reguła 'Negative on the PL shop': priorytet → urgent",
            `Reguła 'Negative on the PL shop': tagi + "Complaint"`,
            `Angry shopper on #${number}`,
            "Reguła 'Every message': status → open",
          ])
        )
        const { data } = await api.get(
          "/admin/helpdesk/automation-rules",
          anna.headers
        )
        expect(data.automation_rules[0].last_run_at).not.toBeNull()
      })

      it("matches message_text without regard to case or Polish diacritics on a later message", async () => {
        const rule = await createRule({
          name: "Returns",
          conditions: {
            match: "all",
            predicates: [
              onA(),
              { field: "message_text", operator: "contains", value: "ZWROT" },
              {
                field: "is_first_customer_message",
                operator: "is",
                value: false,
              },
            ],
          },
          actions: [{ type: "set_priority", priority: "high" }],
        })
        const chat = await startChat("Dzień dobry")
        await classified(chat.id)
        await say(chat, "Chcę zrobić zwrót kurtki")
        const found = await settledRuns(chat.id, 1)
        expect(found[0].rule_id).toBe(rule.id)
        expect((await ticket(chat.id)).priority).toBe("high")
      })

      it("runs agent_message on an agent's reply, and nothing on the automation's own messages", async () => {
        await createRule({
          name: "Agent replied",
          trigger: "agent_message",
          actions: [
            { type: "set_status", status: "pending" },
            { type: "send_autoresponse", body: "We answered you." },
          ],
        })
        const chat = await startChat("Hej")
        await classified(chat.id)
        await api.post(
          `/admin/helpdesk/tickets/${chat.id}/messages`,
          { body: "Dzień dobry, już sprawdzam." },
          anna.headers
        )
        const found = await settledRuns(chat.id, 1)
        expect(found[0].trigger).toBe("agent_message")
        expect((await ticket(chat.id)).status).toBe("pending")
        await sleep(1000)
        expect(await runs(chat.id)).toHaveLength(1)
      })

      it("runs ticket_updated on an agent's change, never on the change an automation makes", async () => {
        const team = (
          await api.post(
            "/admin/helpdesk/teams",
            { name: "Returns team", member_ids: [anna.user.id] },
            boss.headers
          )
        ).data.team.id
        await createRule({
          name: "Pending to team",
          trigger: "ticket_updated",
          conditions: {
            match: "all",
            predicates: [
              onA(),
              { field: "status", operator: "is", value: "pending" },
            ],
          },
          actions: [
            { type: "assign_team", team_id: team },
            { type: "assign_agent", user_id: anna.user.id },
            { type: "set_priority", priority: "low" },
          ],
        })
        const chat = await startChat("Hej")
        await classified(chat.id)
        await api.post(
          `/admin/helpdesk/tickets/${chat.id}`,
          { status: "pending" },
          anna.headers
        )
        const found = await settledRuns(chat.id, 1)
        expect(found[0].error).toBeNull()
        const t = await ticket(chat.id)
        expect(t).toMatchObject({
          team_id: team,
          assignee_id: anna.user.id,
          priority: "low",
        })
        await sleep(1500)
        expect(await runs(chat.id)).toHaveLength(1)
      })

      it("runs no_agent_reply once when the shopper's message has waited the delay, by the job's clock", async () => {
        const rule = await createRule({
          name: "Nobody answered",
          trigger: "no_agent_reply",
          delay_minutes: 15,
          actions: [
            { type: "send_autoresponse", body: "Agents are busy, hold on." },
          ],
        })
        const chat = await startChat("Halo?")
        await classified(chat.id)
        const now = Date.now()
        expect(
          await runTimedAutomations(getContainer(), new Date(now + 10 * 60_000))
        ).toBe(0)
        expect(await runs(chat.id)).toHaveLength(0)

        await runTimedAutomations(getContainer(), new Date(now + 16 * 60_000))
        const found = await settledRuns(chat.id, 1)
        expect(found[0]).toMatchObject({
          rule_id: rule.id,
          trigger: "no_agent_reply",
        })
        expect(
          (await replay(chat)).filter((m) => m.author_type === "automation")
        ).toHaveLength(1)

        // the same due moment fires once
        expect(
          await runTimedAutomations(getContainer(), new Date(now + 20 * 60_000))
        ).toBe(0)
        expect(await runs(chat.id)).toHaveLength(1)
      })

      it("runs pending_for once a ticket has been pending the delay, and never answers an automation's message", async () => {
        await createRule({
          name: "Pending a day",
          trigger: "pending_for",
          delay_minutes: 24 * 60,
          actions: [
            { type: "set_status", status: "closed" },
            {
              type: "send_autoresponse",
              body: "Closing, write again anytime.",
            },
          ],
        })
        await createRule({
          name: "Answer",
          trigger: "customer_message",
          actions: [{ type: "send_autoresponse", body: "Thanks, we got it." }],
        })
        const chat = await startChat("Hej")
        await settledRuns(chat.id, 1)
        await api.post(
          `/admin/helpdesk/tickets/${chat.id}`,
          { status: "pending" },
          anna.headers
        )
        const now = Date.now()
        await runTimedAutomations(getContainer(), new Date(now + 60 * 60_000))
        expect(await runs(chat.id)).toHaveLength(1)
        await runTimedAutomations(
          getContainer(),
          new Date(now + 25 * 60 * 60_000)
        )
        const found = await settledRuns(chat.id, 2)
        expect(found[0].trigger).toBe("pending_for")
        expect((await ticket(chat.id)).status).toBe("closed")
        // the last message was the autoresponse to the shopper: no autoresponse answers it
        expect(found[0].actions_applied![1]).toMatchObject({
          type: "send_autoresponse",
          status: "skipped",
          detail: expect.stringMatching(/^loop_guard/),
        })
      })

      it("runs rules in position order and stops after a matched rule with stop_processing", async () => {
        const first = await createRule({
          name: "First",
          actions: [{ type: "set_priority", priority: "high" }],
        })
        const stopper = await createRule({
          name: "Stopper",
          stop_processing: true,
          actions: [{ type: "set_priority", priority: "urgent" }],
        })
        const last = await createRule({
          name: "Never",
          actions: [{ type: "set_priority", priority: "low" }],
        })
        await api.post(
          "/admin/helpdesk/automation-rules/reorder",
          { ids: [stopper.id, first.id, last.id] },
          anna.headers
        )
        const chat = await startChat("Hej")
        const found = await settledRuns(chat.id, 1)
        expect(found[0].rule_id).toBe(stopper.id)
        expect((await ticket(chat.id)).priority).toBe("urgent")

        await api.post(
          `/admin/helpdesk/automation-rules/${stopper.id}`,
          {
            conditions: {
              match: "all",
              predicates: [
                onA(),
                { field: "message_text", operator: "contains", value: "stop" },
              ],
            },
          },
          anna.headers
        )
        await say(chat, "Dalej")
        await settledRuns(chat.id, 3)
        // First then Never: the last applied wins
        expect((await ticket(chat.id)).priority).toBe("low")
      })

      it("skips exactly one autoresponse after skip next autoresponder, and says so in the run", async () => {
        await createRule({
          name: "Auto",
          actions: [{ type: "send_autoresponse", body: "Got it." }],
        })
        const chat = await startChat("Hej")
        await settledRuns(chat.id, 1)
        await api.post(
          `/admin/helpdesk/tickets/${chat.id}/skip-autoresponder`,
          { skip: true },
          anna.headers
        )
        await say(chat, "Druga wiadomość")
        let found = await settledRuns(chat.id, 2)
        expect(found[0].actions_applied![0]).toMatchObject({
          status: "skipped",
          detail: "skip_next_autoresponder",
        })
        expect(
          ((await ticket(chat.id)) as { skip_next_autoresponder: boolean })
            .skip_next_autoresponder
        ).toBe(false)
        await say(chat, "Trzecia")
        found = await settledRuns(chat.id, 3)
        expect(found[0].actions_applied![0].status).toBe("applied")
        expect(
          (await replay(chat)).filter((m) => m.author_type === "automation")
        ).toHaveLength(2)
      })

      it("sends at most three autoresponses per ticket an hour", async () => {
        await createRule({
          name: "Chatty",
          actions: [{ type: "send_autoresponse", body: "Got it." }],
        })
        const chat = await startChat("1")
        await settledRuns(chat.id, 1)
        for (const [i, text] of ["2", "3", "4"].entries()) {
          await say(chat, text)
          await settledRuns(chat.id, i + 2)
        }
        const found = await runs(chat.id)
        expect(found[0].actions_applied![0]).toMatchObject({
          status: "skipped",
          detail: expect.stringMatching(/^hourly_cap/),
        })
        expect(
          (await replay(chat)).filter((m) => m.author_type === "automation")
        ).toHaveLength(3)
      })

      it("answers each of ten tickets whose first messages arrive together by its own facts", async () => {
        await createRule({
          name: "Echo",
          actions: [
            {
              type: "send_autoresponse",
              body: "Ticket #{ticket.number} for {customer.first_name}.",
            },
          ],
        })
        const chats = await Promise.all(
          Array.from({ length: 10 }, (_, i) =>
            startChat(`Pytanie ${i}`, { email: `shopper${i}@example.com` })
          )
        )
        const numbers = new Set<number>()
        for (const chat of chats) {
          const [run] = await settledRuns(chat.id, 1)
          expect(run.trigger).toBe("customer_message")
          const { number } = await ticket(chat.id)
          numbers.add(number)
          const answers = (await replay(chat)).filter(
            (m) => m.author_type === "automation"
          )
          expect(answers.map((m) => m.body)).toEqual([
            `Ticket #${number} for Jan.`,
          ])
        }
        expect(numbers.size).toBe(10)
      })

      it("applies a rule once when the same event is delivered again", async () => {
        await createRule({
          name: "Once",
          actions: [{ type: "send_autoresponse", body: "Once." }],
        })
        const chat = await startChat("Hej")
        await settledRuns(chat.id, 1)
        const [first] = await helpdesk().listHelpdeskMessages(
          { ticket_id: chat.id, author_type: "customer" },
          { select: ["id"] }
        )
        const { result } = await runAutomationsWorkflow(getContainer()).run({
          input: {
            events: [
              {
                ticket_id: chat.id,
                event: { type: "message_classified", message_id: first.id },
              },
            ],
          },
        })
        expect(result).toEqual([])
        expect(await runs(chat.id)).toHaveLength(1)
        expect(
          (await replay(chat)).filter((m) => m.author_type === "automation")
        ).toHaveLength(1)
      })

      it("sets the newest BaseLinker order's status through BaseLinker and answers with the order's number", async () => {
        await createRule({
          name: "Where is my order",
          conditions: {
            match: "all",
            predicates: [
              onA(),
              { field: "has_baselinker_orders", operator: "is", value: true },
              {
                field: "baselinker_order_status",
                operator: "is",
                value: "513687",
              },
            ],
          },
          actions: [
            {
              type: "set_baselinker_order_status",
              status_id: "513688",
              orders: "newest",
            },
            {
              type: "send_autoresponse",
              body: "Zamówienie {order.number}: {order.status}.",
            },
          ],
        })
        const chat = await startChat("Gdzie jest moje zamówienie?")
        const [run] = await settledRuns(chat.id, 1)
        expect(run.error).toBeNull()
        expect(run.actions_applied![0]).toMatchObject({
          type: "set_baselinker_order_status",
          status: "applied",
        })
        const statusOf = (id: number) =>
          double.state.orders.find((o) => o.order_id === id)?.order_status_id
        expect(statusOf(800001)).toBe(513688)
        expect(statusOf(800002)).toBe(513687)
        const answer = (await replay(chat)).find(
          (m) => m.author_type === "automation"
        )
        expect(answer?.body).toBe("Zamówienie 800001: Do wysłania.")
      })

      it("sends an e-mail to the shopper through the Notification module and records a failed action without stopping the next", async () => {
        const tag = (
          await api.post(
            "/admin/helpdesk/tags",
            { name: "Mailed" },
            boss.headers
          )
        ).data.tag.id
        await createRule({
          name: "Mail",
          actions: [
            {
              type: "send_email",
              subject: "Ticket #{ticket.number}",
              body: "Hi {customer.name}",
            },
            { type: "add_tag", tag_id: tag },
            { type: "remove_tag", tag_id: tag },
          ],
        })
        const chat = await startChat("Hej", { email: "mail.me@example.com" })
        const [run] = await settledRuns(chat.id, 1)
        expect(run.actions_applied!.map((a) => a.status)).toEqual([
          "applied",
          "applied",
          "applied",
        ])
        const notifications = await getContainer()
          .resolve<INotificationModuleService>(Modules.NOTIFICATION)
          .listNotifications({ to: "mail.me@example.com" })
        expect(notifications).toHaveLength(1)
        expect(notifications[0]).toMatchObject({
          template: "helpdesk-automation-email",
          channel: "email",
          data: expect.objectContaining({ body: "Hi Jan Kowalski" }),
        })

        await helpdesk().softDeleteHelpdeskTags([tag])
        await say(chat, "Jeszcze raz")
        const [second] = await settledRuns(chat.id, 2)
        expect(second.actions_applied!.map((a) => a.status)).toEqual([
          "applied",
          "failed",
          "unchanged",
        ])
        expect(second.error).toMatch(/^add_tag: /)
      })

      it("reads weekday, time of day and opening hours in the channel's timezone", async () => {
        await api.post(
          `/admin/helpdesk/channels/${channelA}`,
          { opening_hours: NEVER_OPEN, timezone: "Europe/Warsaw" },
          boss.headers
        )
        await createRule({
          name: "After hours",
          conditions: {
            match: "all",
            predicates: [
              onA(),
              { field: "within_opening_hours", operator: "is", value: false },
              { field: "time_of_day", operator: "gte", value: "00:00" },
            ],
          },
          actions: [
            {
              type: "send_autoresponse",
              body: {
                en: "We'll answer tomorrow morning.",
                pl: "Odpowiemy jutro rano.",
              },
            },
          ],
        })
        const chat = await startChat("Hej")
        await settledRuns(chat.id, 1)
        const answer = (await replay(chat)).find(
          (m) => m.author_type === "automation"
        )
        expect(answer?.body).toBe("Odpowiemy jutro rano.")
      })
    })
  },
})
