import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type {
  IEventBusModuleService,
  INotificationModuleService,
  IUserModuleService,
} from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { HELPDESK_MODULE } from "../../src/modules/helpdesk"
import type HelpdeskModuleService from "../../src/modules/helpdesk/service"
import type { WireMessage } from "../../src/types/realtime"
import { HelpdeskEvents } from "../../src/types/events"
import { startConversationWorkflow } from "../../src/workflows/tickets/workflows/start-conversation"
import { updateTicketWorkflow } from "../../src/workflows/tickets/workflows/update-ticket"
import { createAdminSession, type AdminSession } from "../helpers/admin-user"
import { eventually } from "../helpers/sockets"

jest.setTimeout(120 * 1000)

// Updates of these tickets fail after every write, to prove the writes are undone.
const ROLLBACK_TICKETS = new Set<string>()
updateTicketWorkflow.hooks.ticketUpdated(({ id }) => {
  if (ROLLBACK_TICKETS.has(id)) {
    throw new Error("forced failure after the ticket was written")
  }
})

const STORE = "https://shop.example.com"
const ALWAYS_OPEN = Object.fromEntries(
  ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((d) => [
    d,
    [{ from: "00:00", to: "24:00" }],
  ])
)

type AxiosLikeError = {
  response: { status: number; data: { type: string; message: string } }
}
const failure = (err: unknown) => (err as AxiosLikeError).response

type Row = Record<string, unknown> & { id: string }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let anna: AdminSession
    let marek: AdminSession
    /** a channel only Anna works */
    let annaChannel: { id: string; inbox_id: string }
    /** a channel listing nobody: every admin user works it */
    let openChannel: { id: string; inbox_id: string }
    const events: { name: string; data: unknown }[] = []

    const helpdesk = () =>
      getContainer().resolve<HelpdeskModuleService>(HELPDESK_MODULE)

    beforeAll(() => {
      const eventBus = getContainer().resolve<IEventBusModuleService>(
        Modules.EVENT_BUS
      )
      for (const name of [
        HelpdeskEvents.TICKET_UPDATED,
        HelpdeskEvents.TICKET_CREATED,
      ]) {
        eventBus.subscribe(name, async (event: unknown) => {
          events.push({ name, data: (event as { data: unknown }).data })
        })
      }
    })

    beforeEach(async () => {
      events.splice(0)
      ROLLBACK_TICKETS.clear()
      anna = await createAdminSession(getContainer(), "anna@helpdesk.test")
      marek = await createAdminSession(getContainer(), "marek@helpdesk.test")
      await getContainer()
        .resolve<IUserModuleService>(Modules.USER)
        .updateUsers({ id: marek.user.id, first_name: "Marek" })

      const channel = async (name: string, agentIds: string[]) => {
        const { data } = await api.post(
          "/admin/helpdesk/channels",
          {
            name,
            store_url: STORE,
            opening_hours: ALWAYS_OPEN,
            agent_ids: agentIds,
          },
          anna.headers
        )
        return data.channel as { id: string; inbox_id: string }
      }
      annaChannel = await channel("Anna's shop", [anna.user.id])
      openChannel = await channel("Everyone's shop", [])
    })

    let clientSeq = 0
    const startTicket = async (
      channelId: string,
      overrides: Partial<{
        name: string
        email: string
        subject: string
        message: string
        customer_id: string
      }> = {}
    ) => {
      const { result } = await startConversationWorkflow(getContainer()).run({
        input: {
          channel_id: channelId,
          name: "Jan Kowalski",
          email: "jan@example.com",
          subject: "Where is my parcel?",
          message: "I ordered last week.",
          client_id: `client-${++clientSeq}`,
          ...overrides,
        },
      })
      return result.ticket.id
    }
    const setTicket = async (id: string, data: Record<string, unknown>) =>
      helpdesk().updateHelpdeskTickets({ id, ...data })

    const list = async (query: string, session = anna) =>
      (await api.get(`/admin/helpdesk/tickets?${query}`, session.headers))
        .data as {
        tickets: Row[]
        count: number
        offset: number
        limit: number
        view_counts: Record<string, number>
      }
    const ids = (rows: Row[]) => rows.map((r) => r.id).sort()

    const transcript = async (id: string) =>
      (await api.get(`/admin/helpdesk/tickets/${id}/messages`, anna.headers))
        .data.messages as WireMessage[]

    const snapshot = async (id: string) => {
      const [ticket] = await helpdesk().listHelpdeskTickets(
        { id },
        { relations: ["tags", "followers"] }
      )
      const messages = await helpdesk().listHelpdeskMessages({ ticket_id: id })
      return {
        status: ticket.status,
        priority: ticket.priority,
        assignee_id: ticket.assignee_id,
        team_id: ticket.team_id,
        inbox_id: ticket.inbox_id,
        closed_at: ticket.closed_at,
        skip_next_autoresponder: ticket.skip_next_autoresponder,
        tags: ticket.tags.map((t) => t.id).sort(),
        followers: ticket.followers.map((f) => f.user_id).sort(),
        messages: messages.length,
      }
    }

    const createTag = (name: string) =>
      helpdesk().createHelpdeskTags({ name, color: "#ff0000" })

    describe("GET /admin/helpdesk/tickets — views and access", () => {
      it("counts and lists every view per agent, leaving out tickets of channels the agent does not work", async () => {
        const t1 = await startTicket(annaChannel.id)
        const t2 = await startTicket(annaChannel.id)
        const t3 = await startTicket(annaChannel.id)
        const t4 = await startTicket(annaChannel.id)
        const t5 = await startTicket(openChannel.id)
        const t6 = await startTicket(openChannel.id)
        const t7 = await startTicket(openChannel.id)
        await setTicket(t2, { status: "open", assignee_id: anna.user.id })
        await setTicket(t3, { status: "pending" })
        await setTicket(t4, { status: "closed" })
        await setTicket(t6, { status: "open", assignee_id: marek.user.id })
        await setTicket(t7, { status: "closed", assignee_id: marek.user.id })

        const expected = {
          anna: {
            to_handle: [t1, t2, t5],
            mine: [t2],
            unassigned: [t1, t3, t5],
            pending: [t3],
            closed: [t4, t7],
            all: [t1, t2, t3, t4, t5, t6, t7],
          },
          marek: {
            to_handle: [t5, t6],
            mine: [t6],
            unassigned: [t5],
            pending: [],
            closed: [t7],
            all: [t5, t6, t7],
          },
        }

        for (const [who, session] of [
          ["anna", anna],
          ["marek", marek],
        ] as const) {
          for (const [view, wanted] of Object.entries(expected[who])) {
            const page = await list(`view=${view}`, session)
            expect({ who, view, ids: ids(page.tickets) }).toEqual({
              who,
              view,
              ids: [...wanted].sort(),
            })
            expect(page.count).toBe(wanted.length)
            expect(page.view_counts).toEqual(
              Object.fromEntries(
                Object.entries(expected[who]).map(([v, l]) => [v, l.length])
              )
            )
          }
        }
      })

      it("answers rows in the contract's shape, unread when the customer waits for an answer", async () => {
        const waiting = await startTicket(annaChannel.id)
        const answered = await startTicket(annaChannel.id)
        await api.post(
          `/admin/helpdesk/tickets/${answered}/messages`,
          { body: "We are on it." },
          anna.headers
        )
        const vip = await createTag("VIP")
        await api.post(
          `/admin/helpdesk/tickets/${waiting}`,
          { tag_ids: [vip.id] },
          anna.headers
        )

        const page = await list("")
        expect(page.offset).toBe(0)
        expect(page.limit).toBe(20)
        const row = page.tickets.find((t) => t.id === waiting)!
        expect(Object.keys(row).sort()).toEqual(
          [
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
            "unread",
            "tags",
          ].sort()
        )
        expect(row).toMatchObject({
          subject: "Where is my parcel?",
          status: "new",
          customer_email: "jan@example.com",
          channel_id: annaChannel.id,
          seller_login: "Anna's shop",
          last_message_author: "customer",
          unread: true,
          tags: [{ id: vip.id, name: "VIP", color: "#ff0000" }],
        })
        expect(typeof row.number).toBe("number")
        expect(page.tickets.find((t) => t.id === answered)).toMatchObject({
          unread: false,
          last_message_author: "agent",
          tags: [],
        })
      })

      it("returns only the fields asked for, and refuses a field tickets do not have", async () => {
        const id = await startTicket(openChannel.id)
        const page = await list("fields=id,subject")
        expect(page.tickets).toEqual([{ id, subject: "Where is my parcel?" }])

        const res = await api
          .get("/admin/helpdesk/tickets?fields=id,password", anna.headers)
          .catch(failure)
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/no field "password"/)
      })
    })

    describe("GET /admin/helpdesk/tickets — filters", () => {
      it("filters by status, priority, assignee, channel, inbox, tag, team, customer, e-mail and number", async () => {
        const customer = await getContainer()
          .resolve(Modules.CUSTOMER)
          .createCustomers({ email: "ola@example.com" })
        const a = await startTicket(annaChannel.id, {
          email: "Ola@Example.com",
          customer_id: customer.id,
        })
        const b = await startTicket(openChannel.id)
        const c = await startTicket(openChannel.id)
        const team = await helpdesk().createHelpdeskTeams({ name: "Returns" })
        const vip = await createTag("VIP")
        await setTicket(a, { status: "pending", priority: "urgent" })
        await setTicket(b, {
          status: "open",
          assignee_id: marek.user.id,
          team_id: team.id,
        })
        await api.post(
          `/admin/helpdesk/tickets/${c}`,
          { tag_ids: [vip.id], priority: "high" },
          anna.headers
        )

        const numberOf = async (id: string) =>
          (
            await helpdesk().listHelpdeskTickets({ id }, { select: ["number"] })
          )[0].number
        const cases: [string, string[]][] = [
          ["status=pending", [a]],
          ["status=pending&status=open", [a, b]],
          ["status=pending,new", [a, c]],
          ["priority=urgent", [a]],
          ["priority[]=urgent&priority[]=high", [a, c]],
          [`assignee_id=${marek.user.id}`, [b]],
          ["assignee_id=none", [a, c]],
          [`channel_id=${annaChannel.id}`, [a]],
          [`inbox_id=${openChannel.inbox_id}`, [b, c]],
          [`tag_id=${vip.id}`, [c]],
          [`team_id=${team.id}`, [b]],
          [`customer_id=${customer.id}`, [a]],
          ["email=OLA@example.COM", [a]],
          ["email=jan@example.com&view=to_handle", [c]],
          [`number=${await numberOf(a)}`, [a]],
          [`number=%23${await numberOf(c)},${await numberOf(a)}`, [a, c]],
        ]
        for (const [query, wanted] of cases) {
          const page = await list(query)
          expect({ query, ids: ids(page.tickets) }).toEqual({
            query,
            ids: [...wanted].sort(),
          })
          expect({ query, count: page.count }).toEqual({
            query,
            count: wanted.length,
          })
          // the badges ignore the filters
          expect(page.view_counts.all).toBe(3)
        }
        for (const bad of ["number=12a", "number=99999999999"]) {
          const res = await api
            .get(`/admin/helpdesk/tickets?${bad}`, anna.headers)
            .catch(failure)
          expect({ bad, status: res.status }).toEqual({ bad, status: 400 })
          expect(res.data.message).toMatch(/number must be a ticket number/)
        }
      })

      it("finds tickets of an order: linked to it or written from its e-mail; an unknown order is a 404", async () => {
        const order = await getContainer()
          .resolve(Modules.ORDER)
          .createOrders({ email: "buyer@example.com", currency_code: "eur" })
        const linked = await startTicket(annaChannel.id, {
          email: "someone-else@example.com",
        })
        const sameEmail = await startTicket(openChannel.id, {
          email: "Buyer@example.com",
        })
        await startTicket(openChannel.id, { email: "other@example.com" })
        await getContainer()
          .resolve(ContainerRegistrationKeys.LINK)
          .create({
            [HELPDESK_MODULE]: { helpdesk_ticket_id: linked },
            [Modules.ORDER]: { order_id: order.id },
          })

        const page = await list(`order_id=${order.id}`)
        expect(ids(page.tickets)).toEqual([linked, sameEmail].sort())
        expect(page.count).toBe(2)

        const res = await api
          .get("/admin/helpdesk/tickets?order_id=order_missing", anna.headers)
          .catch(failure)
        expect(res.status).toBe(404)
      })

      it("searches subject, customer name, e-mail and message bodies by whole words and a typed prefix, not by substrings", async () => {
        const bySubject = await startTicket(openChannel.id, {
          subject: "Broken zipper",
          name: "Ewa Nowak",
          email: "ewa@example.com",
          message: "Hello",
        })
        const byName = await startTicket(openChannel.id, {
          subject: "Question",
          name: "Grzegorz Brzęczyszczykiewicz",
          email: "gb@example.com",
          message: "Hello",
        })
        const byEmail = await startTicket(openChannel.id, {
          subject: "Question",
          name: "Zofia",
          email: "zofia.unique@example.org",
          message: "Hello",
        })
        const byBody = await startTicket(openChannel.id, {
          subject: "Question",
          name: "Piotr",
          email: "piotr@example.com",
          message: "Hello",
        })
        await api.post(
          `/admin/helpdesk/tickets/${byBody}/messages`,
          { body: "The courier left it with a neighbour on Tuesday." },
          anna.headers
        )

        const search = async (q: string) =>
          ids((await list(`q=${encodeURIComponent(q)}`)).tickets)

        expect(await search("zipper")).toEqual([bySubject])
        expect(await search("broken zipper")).toEqual([bySubject])
        expect(await search("Brzęczyszczykiewicz")).toEqual([byName])
        expect(await search("zofia.unique@example.org")).toEqual([byEmail])
        expect(await search("neighbour")).toEqual([byBody])
        // the last word is matched as a prefix while the agent types
        expect(await search("neighb")).toEqual([byBody])
        expect(await search("courier neigh")).toEqual([byBody])
        // the middle of a word is not a match: this is not ILIKE '%…%'
        expect(await search("ipper")).toEqual([])
        expect(await search("eighbour")).toEqual([])
        // every word must match
        expect(await search("zipper neighbour")).toEqual([])
        expect(await search("!!!")).toEqual([])
        const page = await list("q=neighbour")
        expect(page.count).toBe(1)
        expect(page.view_counts.all).toBe(4)
      })

      it("pages with limit and offset, orders by the chosen key with stable ties, and refuses a limit above 100", async () => {
        const first = await startTicket(openChannel.id)
        const second = await startTicket(openChannel.id)
        const third = await startTicket(openChannel.id)
        await setTicket(first, { last_message_at: new Date("2026-01-03") })
        await setTicket(second, { last_message_at: new Date("2026-01-01") })
        await setTicket(third, { last_message_at: new Date("2026-01-02") })

        const newest = await list("limit=2")
        expect(newest.tickets.map((t) => t.id)).toEqual([first, third])
        expect(newest).toMatchObject({ count: 3, limit: 2, offset: 0 })
        const rest = await list("limit=2&offset=2")
        expect(rest.tickets.map((t) => t.id)).toEqual([second])
        expect(rest).toMatchObject({ count: 3, offset: 2 })

        expect(
          (await list("order=last_message_at")).tickets.map((t) => t.id)
        ).toEqual([second, third, first])
        expect((await list("order=number")).tickets.map((t) => t.id)).toEqual([
          first,
          second,
          third,
        ])
        expect((await list("order=-number")).tickets.map((t) => t.id)).toEqual([
          third,
          second,
          first,
        ])
        await setTicket(second, { priority: "urgent" })
        expect((await list("order=priority")).tickets.map((t) => t.id)[0]).toBe(
          second
        )

        for (const query of ["limit=101", "order=subject", "view=everything"]) {
          const res = await api
            .get(`/admin/helpdesk/tickets?${query}`, anna.headers)
            .catch(failure)
          expect({ query, status: res.status }).toEqual({ query, status: 400 })
        }

        // a bad value in a list of values is named, not reported as missing
        for (const [query, sentence] of [
          [
            "status=open,resolved",
            "status must be one of new, open, pending, closed.",
          ],
          [
            "priority=high&priority=asap",
            "priority must be one of low, normal, high, urgent.",
          ],
        ]) {
          const res = await api
            .get(`/admin/helpdesk/tickets?${query}`, anna.headers)
            .catch(failure)
          expect({ query, status: res.status }).toEqual({ query, status: 400 })
          expect(res.data.message).toContain(sentence)
        }
      })
    })

    describe("GET /admin/helpdesk/tickets/:id", () => {
      it("returns the ticket with channel, inbox, tags, followers, tasks and last message, without opening it", async () => {
        const id = await startTicket(annaChannel.id)
        const vip = await createTag("VIP")
        await helpdesk().createHelpdeskTicketTags({
          ticket_id: id,
          tag_id: vip.id,
        })
        await helpdesk().createHelpdeskTicketFollowers({
          ticket_id: id,
          user_id: marek.user.id,
        })
        await helpdesk().createHelpdeskTasks({
          title: "Refund",
          ticket_id: id,
        })

        const { data } = await api.get(
          `/admin/helpdesk/tickets/${id}`,
          anna.headers
        )
        expect(data.ticket).toMatchObject({
          id,
          status: "new",
          assignee_id: null,
          unread: true,
          channel: { id: annaChannel.id, name: "Anna's shop" },
          inbox: { id: annaChannel.inbox_id },
          team: null,
          tags: [{ id: vip.id, name: "VIP", color: "#ff0000" }],
          followers: [{ user_id: marek.user.id }],
          tasks: [{ title: "Refund", status: "todo", project_id: null }],
          last_message: { seq: 1, author_type: "customer", author_id: null },
          first_response_at: null,
        })
        expect(data.ticket).toHaveProperty("page_url")
        expect(data.ticket).toHaveProperty("locale", "en")

        // reading is not opening
        expect((await snapshot(id)).status).toBe("new")
      })
    })

    describe("POST /admin/helpdesk/tickets/:id", () => {
      it("writes an internal system line for each change and emits helpdesk.ticket.updated", async () => {
        const id = await startTicket(openChannel.id)
        const team = await helpdesk().createHelpdeskTeams({ name: "Returns" })
        const inbox = await helpdesk().createHelpdeskInboxes({ name: "VIP" })
        const vip = await createTag("VIP")
        const before = (await snapshot(id)).messages

        const { data } = await api.post(
          `/admin/helpdesk/tickets/${id}`,
          {
            status: "pending",
            priority: "high",
            assignee_id: marek.user.id,
            team_id: team.id,
            inbox_id: inbox.id,
            tag_ids: [vip.id],
            follower_ids: [marek.user.id],
          },
          anna.headers
        )
        expect(data.ticket).toMatchObject({
          id,
          status: "pending",
          priority: "high",
          assignee_id: marek.user.id,
          team: { id: team.id, name: "Returns" },
          inbox: { id: inbox.id, name: "VIP" },
          tags: [{ id: vip.id, name: "VIP" }],
          followers: [{ user_id: marek.user.id }],
        })

        const lines = (await transcript(id)).slice(before)
        expect(lines.map((m) => [m.kind, m.author_type, m.body])).toEqual([
          ["note", "system", "Anna set status to Pending"],
          ["note", "system", "Anna set priority to High"],
          ["note", "system", "Anna assigned the ticket to Marek"],
          ["note", "system", 'Anna moved the ticket to team "Returns"'],
          ["note", "system", 'Anna moved the ticket to inbox "VIP"'],
          ["note", "system", 'Anna added tag "VIP"'],
          ["note", "system", "Anna added Marek as a follower"],
        ])
        const stored = await helpdesk().listHelpdeskMessages({
          ticket_id: id,
          author_type: "system",
        })
        expect(stored.every((m) => m.author_id === anna.user.id)).toBe(true)

        await eventually(() =>
          expect(events).toContainEqual({
            name: HelpdeskEvents.TICKET_UPDATED,
            data: { id },
          })
        )
      })

      it("sets closed_at when closed and clears it when reopened; unchanged values write nothing", async () => {
        const id = await startTicket(openChannel.id)
        await api.post(
          `/admin/helpdesk/tickets/${id}`,
          { status: "closed" },
          anna.headers
        )
        const closed = await snapshot(id)
        expect(closed.closed_at).toBeTruthy()

        await api.post(
          `/admin/helpdesk/tickets/${id}`,
          { status: "closed" },
          anna.headers
        )
        expect((await snapshot(id)).messages).toBe(closed.messages)

        const { data } = await api.post(
          `/admin/helpdesk/tickets/${id}`,
          { status: "open" },
          anna.headers
        )
        expect(data.ticket).toMatchObject({ status: "open", closed_at: null })
        const lines = (await transcript(id)).map((m) => m.body)
        expect(lines.slice(-2)).toEqual([
          "Anna set status to Closed",
          "Anna set status to Open",
        ])
      })

      it("replaces the whole tag and follower lists and says what was added and removed", async () => {
        const id = await startTicket(openChannel.id)
        const vip = await createTag("VIP")
        const late = await createTag("Late")
        await api.post(
          `/admin/helpdesk/tickets/${id}`,
          { tag_ids: [vip.id], follower_ids: [anna.user.id] },
          anna.headers
        )
        const { data } = await api.post(
          `/admin/helpdesk/tickets/${id}`,
          { tag_ids: [late.id], follower_ids: [marek.user.id] },
          anna.headers
        )
        expect(data.ticket.tags.map((t: Row) => t.id)).toEqual([late.id])
        expect(data.ticket.followers.map((f: Row) => f.user_id)).toEqual([
          marek.user.id,
        ])
        const lines = (await transcript(id)).map((m) => m.body)
        expect(lines.slice(-2)).toEqual([
          'Anna added tag "Late" and removed tag "VIP"',
          "Anna added Marek as a follower and removed Anna from the followers",
        ])

        await api.post(
          `/admin/helpdesk/tickets/${id}`,
          { tag_ids: [], follower_ids: [] },
          anna.headers
        )
        expect(await snapshot(id)).toMatchObject({ tags: [], followers: [] })
      })

      it("undoes every write, tags and followers included, when a later step fails", async () => {
        const id = await startTicket(openChannel.id)
        const vip = await createTag("VIP")
        const late = await createTag("Late")
        await api.post(
          `/admin/helpdesk/tickets/${id}`,
          { tag_ids: [vip.id], follower_ids: [anna.user.id] },
          anna.headers
        )
        const before = await snapshot(id)
        events.splice(0)

        ROLLBACK_TICKETS.add(id)
        const res = await api
          .post(
            `/admin/helpdesk/tickets/${id}`,
            {
              status: "closed",
              priority: "urgent",
              assignee_id: marek.user.id,
              tag_ids: [late.id],
              follower_ids: [marek.user.id],
            },
            anna.headers
          )
          .catch(failure)

        expect(res.status).toBeGreaterThanOrEqual(400)
        expect(await snapshot(id)).toEqual(before)
        expect(events).toEqual([])
      })

      it("refuses bad input with a 4xx naming the problem, changing nothing", async () => {
        const id = await startTicket(openChannel.id)
        const before = await snapshot(id)

        const cases: [unknown, number, RegExp][] = [
          [{ status: "resolved" }, 400, /status/],
          [{ priority: "asap" }, 400, /priority/],
          [{ tag_ids: ["hdtg_nowhere"] }, 400, /tag_ids.*"hdtg_nowhere"/],
          [{ assignee_id: "user_nobody" }, 400, /assignee_id.*"user_nobody"/],
          [
            { follower_ids: [anna.user.id, "user_nobody"] },
            400,
            /follower_ids.*"user_nobody"/,
          ],
          [{ team_id: "hdtm_nowhere" }, 400, /team_id.*"hdtm_nowhere"/],
          [{ inbox_id: "hdib_nowhere" }, 400, /inbox_id.*"hdib_nowhere"/],
          [{ status: "open", colour: "red" }, 400, /colour/],
        ]
        for (const [body, status, message] of cases) {
          const res = await api
            .post(`/admin/helpdesk/tickets/${id}`, body, anna.headers)
            .catch(failure)
          expect({ body, status: res.status }).toEqual({ body, status })
          expect(res.data.message).toMatch(message)
          expect(await snapshot(id)).toEqual(before)
        }

        const missing = await api
          .post(
            "/admin/helpdesk/tickets/hdt_missing",
            { status: "open" },
            anna.headers
          )
          .catch(failure)
        expect(missing.status).toBe(404)
        expect(missing.data.message).toBe('Ticket "hdt_missing" was not found.')
      })
    })

    describe("access to a ticket of a channel the agent does not work", () => {
      it("answers 404, like a missing ticket, on detail, update, close, add-contact and skip-autoresponder, and changes nothing", async () => {
        const id = await startTicket(annaChannel.id)
        const before = await snapshot(id)
        const calls: [string, () => Promise<unknown>][] = [
          [
            "detail",
            () => api.get(`/admin/helpdesk/tickets/${id}`, marek.headers),
          ],
          [
            "update",
            () =>
              api.post(
                `/admin/helpdesk/tickets/${id}`,
                { status: "pending" },
                marek.headers
              ),
          ],
          [
            "close",
            () =>
              api.post(
                `/admin/helpdesk/tickets/${id}/close`,
                {},
                marek.headers
              ),
          ],
          [
            "add-contact",
            () =>
              api.post(
                `/admin/helpdesk/tickets/${id}/add-contact`,
                {},
                marek.headers
              ),
          ],
          [
            "skip-autoresponder",
            () =>
              api.post(
                `/admin/helpdesk/tickets/${id}/skip-autoresponder`,
                {},
                marek.headers
              ),
          ],
        ]
        for (const [name, call] of calls) {
          const res = (await call().catch(
            failure
          )) as AxiosLikeError["response"]
          expect({ name, status: res.status }).toEqual({ name, status: 404 })
          expect(res.data.message).toBe(`Ticket "${id}" was not found.`)
        }
        expect(await snapshot(id)).toEqual(before)
        expect(await helpdesk().listHelpdeskContacts()).toEqual([])

        const page = await list("", marek)
        expect(page.tickets.map((t) => t.id)).not.toContain(id)
        expect(page.view_counts.all).toBe(0)
      })
    })

    describe("POST /admin/helpdesk/tickets/:id/close", () => {
      it("closes with an internal line and a line the shopper sees in their language; closing again changes nothing", async () => {
        const id = await startTicket(openChannel.id)
        await setTicket(id, { locale: "pl" })

        const { data } = await api.post(
          `/admin/helpdesk/tickets/${id}/close`,
          {},
          anna.headers
        )
        expect(data.ticket.status).toBe("closed")
        expect(data.ticket.closed_at).toBeTruthy()

        const agentSees = (await transcript(id)).slice(-2)
        expect(agentSees.map((m) => [m.kind, m.body])).toEqual([
          ["note", "Anna closed the ticket"],
          ["event", "Rozmowa została zakończona"],
        ])

        const token = helpdesk().issueToken("visitor", {
          t: id,
          c: openChannel.id,
        })
        const replay = await api.get(
          `/helpdesk/conversations/${id}/messages?after_seq=0`,
          { headers: { authorization: `Bearer ${token}`, origin: STORE } }
        )
        const shopperSees = (replay.data.messages as WireMessage[]).map(
          (m) => m.body
        )
        expect(shopperSees).toContain("Rozmowa została zakończona")
        expect(shopperSees).not.toContain("Anna closed the ticket")

        await eventually(() =>
          expect(events).toContainEqual({
            name: HelpdeskEvents.TICKET_UPDATED,
            data: { id },
          })
        )

        const before = await snapshot(id)
        const again = await api.post(
          `/admin/helpdesk/tickets/${id}/close`,
          {},
          anna.headers
        )
        expect(again.status).toBe(200)
        expect(again.data.ticket.closed_at).toBe(data.ticket.closed_at)
        expect(await snapshot(id)).toEqual(before)
      })
    })

    describe("POST /admin/helpdesk/tickets/:id/add-contact", () => {
      it("adds the sender to the contacts once and returns the existing contact after that", async () => {
        const id = await startTicket(openChannel.id, {
          name: "Jan Kowalski",
          email: "Jan@Example.com",
        })
        const first = await api.post(
          `/admin/helpdesk/tickets/${id}/add-contact`,
          {},
          anna.headers
        )
        expect(first.data.contact).toMatchObject({
          email: "jan@example.com",
          name: "Jan Kowalski",
        })
        expect(first.data.ticket.id).toBe(id)
        const afterFirst = await snapshot(id)

        const second = await api.post(
          `/admin/helpdesk/tickets/${id}/add-contact`,
          {},
          anna.headers
        )
        expect(second.data.contact.id).toBe(first.data.contact.id)
        expect(await helpdesk().listHelpdeskContacts()).toHaveLength(1)
        expect(await snapshot(id)).toEqual(afterFirst)
      })
    })

    describe("POST /admin/helpdesk/tickets/:id/skip-autoresponder", () => {
      it("sets the flag by default and clears it with skip: false, each with a line", async () => {
        const id = await startTicket(openChannel.id)
        const set = await api.post(
          `/admin/helpdesk/tickets/${id}/skip-autoresponder`,
          {},
          anna.headers
        )
        expect(set.data.ticket.skip_next_autoresponder).toBe(true)

        const cleared = await api.post(
          `/admin/helpdesk/tickets/${id}/skip-autoresponder`,
          { skip: false },
          anna.headers
        )
        expect(cleared.data.ticket.skip_next_autoresponder).toBe(false)
        expect(
          (await transcript(id)).slice(-2).map((m) => [m.kind, m.body])
        ).toEqual([
          ["note", "Anna turned off the autoresponse to the next message"],
          ["note", "Anna turned the autoresponder back on"],
        ])

        const bad = await api
          .post(
            `/admin/helpdesk/tickets/${id}/skip-autoresponder`,
            { skip: "yes" },
            anna.headers
          )
          .catch(failure)
        expect(bad.status).toBe(400)
      })
    })

    describe("POST /admin/helpdesk/tickets", () => {
      it("opens a ticket assigned to the agent with their message as seq 1 and e-mails it to the customer", async () => {
        const { data } = await api.post(
          "/admin/helpdesk/tickets",
          {
            email: "Klient@Example.com",
            name: "Klient",
            subject: "Your return",
            message: "Hello, your refund is on its way.",
            channel_id: annaChannel.id,
          },
          anna.headers
        )
        expect(data.ticket).toMatchObject({
          status: "open",
          assignee_id: anna.user.id,
          customer_email: "klient@example.com",
          customer_name: "Klient",
          channel: { id: annaChannel.id },
          inbox: { id: annaChannel.inbox_id },
          last_message: {
            seq: 1,
            author_type: "agent",
            author_id: anna.user.id,
          },
        })
        expect((await transcript(data.ticket.id)).map((m) => m.body)).toEqual([
          "Hello, your refund is on its way.",
        ])

        const notifications = await getContainer()
          .resolve<INotificationModuleService>(Modules.NOTIFICATION)
          .listNotifications({ to: "klient@example.com" })
        expect(notifications).toHaveLength(1)
        expect(notifications[0]).toMatchObject({
          channel: "email",
          template: "helpdesk-ticket-message",
          data: {
            ticket_id: data.ticket.id,
            ticket_number: data.ticket.number,
            subject: "Your return",
            body: "Hello, your refund is on its way.",
            agent_name: "Anna",
          },
        })
        await eventually(() =>
          expect(events).toContainEqual({
            name: HelpdeskEvents.TICKET_CREATED,
            data: { id: data.ticket.id },
          })
        )
      })

      it("puts a ticket without a channel in the first inbox", async () => {
        const { data } = await api.post(
          "/admin/helpdesk/tickets",
          { email: "a@example.com", subject: "Hi", message: "Hello" },
          anna.headers
        )
        expect(data.ticket.channel).toBeNull()
        expect(data.ticket.inbox.id).toBe(annaChannel.inbox_id)
      })

      it("refuses a channel the agent does not work and bad bodies, creating nothing", async () => {
        const cases: Record<string, unknown>[] = [
          {
            email: "a@example.com",
            subject: "Hi",
            message: "Hello",
            channel_id: annaChannel.id,
          },
          { email: "not-an-email", subject: "Hi", message: "Hello" },
          { email: "a@example.com", subject: "", message: "Hello" },
          { email: "a@example.com", subject: "Hi", message: "" },
          { email: "a@example.com", subject: "Hi", message: "x", cc: "b" },
        ]
        for (const body of cases) {
          const res = await api
            .post("/admin/helpdesk/tickets", body, marek.headers)
            .catch(failure)
          expect({ body, status: res.status }).toEqual({ body, status: 400 })
        }
        expect(await helpdesk().listHelpdeskTickets()).toEqual([])
      })

      it("asks the merchant to configure an e-mail provider when none handles e-mail, creating nothing", async () => {
        const config = getContainer().resolve(
          ContainerRegistrationKeys.CONFIG_MODULE
        )
        const notification = config.modules![Modules.NOTIFICATION] as {
          options: { providers: { options: { channels: string[] } }[] }
        }
        const provider = notification.options.providers[0]
        const channels = provider.options.channels
        provider.options.channels = ["feed"]
        try {
          const res = await api
            .post(
              "/admin/helpdesk/tickets",
              { email: "a@example.com", subject: "Hi", message: "Hello" },
              anna.headers
            )
            .catch(failure)
          expect(res.status).toBe(400)
          expect(res.data.message).toMatch(/no notification provider/)
          expect(res.data.message).toMatch(/medusa-config/)
        } finally {
          provider.options.channels = channels
        }
        expect(await helpdesk().listHelpdeskTickets()).toEqual([])
        expect(
          await getContainer()
            .resolve<INotificationModuleService>(Modules.NOTIFICATION)
            .listNotifications({ to: "a@example.com" })
        ).toEqual([])
      })
    })
  },
})
