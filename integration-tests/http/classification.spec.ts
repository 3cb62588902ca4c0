import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { IEventBusModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { HELPDESK_MODULE } from "../../src/modules/helpdesk"
import type HelpdeskModuleService from "../../src/modules/helpdesk/service"
import { HelpdeskEvents } from "../../src/types/events"
import { classifyTicketMessagesWorkflow } from "../../src/workflows/classification/workflows/classify-ticket-messages"
import { createAdminSession, type AdminSession } from "../helpers/admin-user"
import { eventually } from "../helpers/sockets"

jest.setTimeout(120 * 1000)

const STORE = "https://shop.example.com"
const ALWAYS_OPEN = Object.fromEntries(
  ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((d) => [
    d,
    [{ from: "00:00", to: "24:00" }],
  ])
)
const failure = (err: unknown) =>
  (err as { response: { status: number; data: { message: string } } }).response

type Ticket = {
  id: string
  sentiment: string | null
  sentiment_flags: string[] | null
  sentiment_set_by: string | null
  context: string | null
  context_set_by: string | null
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let anna: AdminSession
    let channelId: string
    let seq = 0
    const classified: string[] = []
    const created: Record<string, unknown>[] = []

    const helpdesk = () =>
      getContainer().resolve<HelpdeskModuleService>(HELPDESK_MODULE)

    beforeAll(() => {
      getContainer()
        .resolve<IEventBusModuleService>(Modules.EVENT_BUS)
        .subscribe(
          HelpdeskEvents.MESSAGE_CLASSIFIED,
          async (event: unknown) => {
            classified.push((event as { data: { id: string } }).data.id)
          }
        )
      getContainer()
        .resolve<IEventBusModuleService>(Modules.EVENT_BUS)
        .subscribe(HelpdeskEvents.MESSAGE_CREATED, async (event: unknown) => {
          created.push((event as { data: Record<string, unknown> }).data)
        })
    })

    beforeEach(async () => {
      classified.splice(0)
      created.splice(0)
      anna = await createAdminSession(getContainer(), "anna@helpdesk.test")
      const { data } = await api.post(
        "/admin/helpdesk/channels",
        {
          name: "Sklep PL",
          store_url: STORE,
          opening_hours: ALWAYS_OPEN,
          locale: "pl",
        },
        anna.headers
      )
      channelId = data.channel.id
    })

    /** A shopper starts a chat through the widget's API; answers the ticket id and token. */
    const startChat = async (message: string) => {
      const { data } = await api.post(
        `/helpdesk/channels/${channelId}/conversations`,
        {
          name: "Jan Kowalski",
          email: "jan@example.com",
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
    const ticket = async (id: string) =>
      (await api.get(`/admin/helpdesk/tickets/${id}`, anna.headers)).data
        .ticket as Ticket
    const customerMessages = (ticketId: string) =>
      helpdesk().listHelpdeskMessages(
        { ticket_id: ticketId, author_type: "customer" },
        {
          select: [
            "id",
            "seq",
            "sentiment",
            "sentiment_flags",
            "topics",
            "language",
            "classified_by",
          ],
          order: { seq: "ASC" },
        }
      )

    it("labels a shopper's first message and gives the ticket its sentiment, flags and context", async () => {
      const chat = await startChat(
        "Paczka przyszła uszkodzona, kubek rozbity. Jeśli tego nie naprawicie, idę do rzecznika konsumentów!"
      )
      await eventually(async () => {
        expect((await ticket(chat.id)).sentiment).toBe("negative")
      })
      const t = await ticket(chat.id)
      expect(t.sentiment_flags).toEqual(["threatening"])
      expect(t.context).toBe("complaint_damaged")
      const [first] = await customerMessages(chat.id)
      expect(first).toMatchObject({
        sentiment: "negative",
        sentiment_flags: ["threatening"],
        language: "pl",
        classified_by: "builtin@1",
      })
      expect((first.topics as unknown as { id: string }[])[0].id).toBe(
        "complaint_damaged"
      )
      expect(classified).toContain(first.id)
    })

    it("keeps a negative ticket negative when a thank-you follows, and the first topic as context", async () => {
      const chat = await startChat(
        "Gdzie jest moje zamówienie? Czekam dwa tygodnie, to skandal."
      )
      await eventually(async () =>
        expect((await ticket(chat.id)).sentiment).toBe("negative")
      )
      await say(chat, "Dziękuję bardzo, świetna obsługa!")
      await eventually(async () => {
        const messages = await customerMessages(chat.id)
        expect(messages.map((m) => m.sentiment)).toEqual([
          "negative",
          "positive",
        ])
      })
      const t = await ticket(chat.id)
      expect(t.sentiment).toBe("negative")
      expect(t.context).toBe("order_status")
    })

    it("follows the latest message while the ticket is not negative", async () => {
      const chat = await startChat("Czy kurtka jest wodoodporna?")
      await eventually(async () =>
        expect((await ticket(chat.id)).sentiment).toBe("neutral")
      )
      expect((await ticket(chat.id)).context).toBe("product_question")
      await say(chat, "Super, dzięki wielkie!")
      await eventually(async () =>
        expect((await ticket(chat.id)).sentiment).toBe("positive")
      )
      expect((await ticket(chat.id)).context).toBe("product_question")
    })

    it("keeps a label an agent set by hand when later messages arrive, until the agent hands it back", async () => {
      const chat = await startChat("Kubek przyszedł rozbity, fatalnie.")
      await eventually(async () =>
        expect((await ticket(chat.id)).sentiment).toBe("negative")
      )

      const { data } = await api.post(
        `/admin/helpdesk/tickets/${chat.id}`,
        { sentiment: "neutral", context: "return" },
        anna.headers
      )
      expect(data.ticket).toMatchObject({
        sentiment: "neutral",
        sentiment_set_by: anna.user.id,
        context: "return",
        context_set_by: anna.user.id,
      })
      await say(chat, "To jest skandal, banda debili!")
      await eventually(async () =>
        expect(
          (await customerMessages(chat.id)).every((m) => m.classified_by)
        ).toBe(true)
      )
      expect(await ticket(chat.id)).toMatchObject({
        sentiment: "neutral",
        context: "return",
      })

      const notes = await helpdesk().listHelpdeskMessages(
        { ticket_id: chat.id, kind: "note" },
        { select: ["body"] }
      )
      expect(notes.map((n) => n.body)).toEqual(
        expect.arrayContaining([
          "Anna set sentiment to neutral",
          "Anna set context to return",
        ])
      )

      await api.post(
        `/admin/helpdesk/tickets/${chat.id}`,
        { sentiment: null },
        anna.headers
      )
      expect(await ticket(chat.id)).toMatchObject({
        sentiment: null,
        sentiment_set_by: null,
      })
      await say(chat, "Dziękuję, wszystko się zgadza.")
      await eventually(async () =>
        expect((await ticket(chat.id)).sentiment).toBe("positive")
      )
      expect((await ticket(chat.id)).context).toBe("return")
    })

    it("labels each message once however often the work is retried", async () => {
      const chat = await startChat("Where is my order? Third time I'm asking!")
      await eventually(async () =>
        expect((await ticket(chat.id)).sentiment).toBe("negative")
      )
      const before = await customerMessages(chat.id)
      const { result } = await classifyTicketMessagesWorkflow(
        getContainer()
      ).run({
        input: { ticket_ids: [chat.id] },
      })
      expect(result.tickets).toEqual([])
      expect(await customerMessages(chat.id)).toEqual(before)
      expect(classified.filter((id) => id === before[0].id)).toHaveLength(1)
      expect((await ticket(chat.id)).sentiment_flags).toEqual(["urgent"])
    })

    it("tells subscribers who wrote each new message and what kind it is, and labels only the shopper's", async () => {
      const chat = await startChat("Gdzie jest moja paczka?")
      await api.post(
        `/admin/helpdesk/tickets/${chat.id}/messages`,
        { body: "Sprawdzam, chwileczkę." },
        anna.headers
      )
      await api.post(
        `/admin/helpdesk/tickets/${chat.id}/messages`,
        { body: "Klient pyta trzeci raz", kind: "note" },
        anna.headers
      )
      await say(chat, "Dziękuję!")
      await eventually(async () =>
        expect(
          created.filter((e) => e.ticket_id === chat.id).map((e) => [
            e.author_type,
            e.kind,
          ])
        ).toEqual([
          // the first message comes with helpdesk.ticket.created
          ["agent", "message"],
          ["agent", "note"],
          ["customer", "message"],
        ])
      )
      await eventually(async () =>
        expect(
          (await customerMessages(chat.id)).map((m) => m.classified_by)
        ).toEqual(["builtin@1", "builtin@1"])
      )
      const others = await helpdesk().listHelpdeskMessages(
        { ticket_id: chat.id, author_type: "agent" },
        { select: ["id", "classified_by", "sentiment"] }
      )
      expect(others).toHaveLength(2)
      expect(others.every((m) => !m.classified_by && !m.sentiment)).toBe(true)
    })

    it("does not log a line per chat message on the event bus, while other events are still logged", async () => {
      const logger = getContainer().resolve<{ info: (...a: unknown[]) => void }>(
        "logger"
      )
      const info = jest.spyOn(logger, "info")
      try {
        const chat = await startChat("Dzień dobry")
        await say(chat, "Czy jest ktoś?")
        await eventually(async () =>
          expect(
            (await customerMessages(chat.id)).filter((m) =>
              classified.includes(m.id)
            )
          ).toHaveLength(2)
        )
        expect(created.filter((e) => e.ticket_id === chat.id)).toHaveLength(1)
        const lines = info.mock.calls.map((c) => String(c[0]))
        expect(
          lines.some((l) => l.startsWith(`Processing ${HelpdeskEvents.TICKET_CREATED}`))
        ).toBe(true)
        expect(
          lines.filter(
            (l) =>
              l.startsWith(`Processing ${HelpdeskEvents.MESSAGE_CREATED}`) ||
              l.startsWith(`Processing ${HelpdeskEvents.MESSAGE_CLASSIFIED}`)
          )
        ).toEqual([])
      } finally {
        info.mockRestore()
      }
    })

    it("takes the labels off the messages and puts the ticket's back when a later step of the run fails", async () => {
      const chat = await startChat("Dziękuję, wszystko super!")
      await eventually(async () =>
        expect((await ticket(chat.id)).sentiment).toBe("positive")
      )
      const before = await ticket(chat.id)
      // stored without an event, so only the run below labels it
      await helpdesk().appendMessages([
        {
          ticket_id: chat.id,
          client_id: `c-${++seq}`,
          body: "Paczka przyszła uszkodzona, to skandal!",
          kind: "message",
          author_type: "customer",
          author_id: null,
        },
      ])
      classifyTicketMessagesWorkflow.hooks.messagesClassified(
        ({ plan }: { plan: { tickets: { ticket_id: string }[] } }) => {
          if (plan.tickets.some((t) => t.ticket_id === chat.id)) {
            throw new Error("a handler of messagesClassified failed")
          }
        }
      )
      const { errors } = await classifyTicketMessagesWorkflow(
        getContainer()
      ).run({ input: { ticket_ids: [chat.id] }, throwOnError: false })
      expect(errors.map((e) => (e.error as Error).message)).toContain(
        "a handler of messagesClassified failed"
      )
      const after = await ticket(chat.id)
      expect({
        sentiment: after.sentiment,
        sentiment_flags: after.sentiment_flags,
        context: after.context,
      }).toEqual({
        sentiment: before.sentiment,
        sentiment_flags: before.sentiment_flags,
        context: before.context,
      })
      const messages = await customerMessages(chat.id)
      expect(messages.map((m) => [m.classified_by, m.sentiment])).toEqual([
        ["builtin@1", "positive"],
        [null, null],
      ])
    })

    it("filters the inbox by sentiment, flag and context", async () => {
      const angry = await startChat("Kubek rozbity, idę do UOKiK.")
      const happy = await startChat("Dzięki, świetna robota!")
      await eventually(async () => {
        expect((await ticket(angry.id)).sentiment).toBe("negative")
        expect((await ticket(happy.id)).sentiment).toBe("positive")
      })
      const ids = async (query: string) =>
        (
          await api.get(`/admin/helpdesk/tickets?${query}`, anna.headers)
        ).data.tickets.map((t: { id: string }) => t.id)
      expect(await ids("sentiment=negative")).toEqual([angry.id])
      expect(await ids("sentiment_flag=threatening")).toEqual([angry.id])
      expect(await ids("context=feedback_thanks")).toEqual([happy.id])
      expect(await ids("sentiment[]=negative&sentiment[]=positive")).toEqual(
        expect.arrayContaining([angry.id, happy.id])
      )
      const row = (
        await api.get(
          `/admin/helpdesk/tickets?sentiment=negative`,
          anna.headers
        )
      ).data.tickets[0]
      expect(row).toMatchObject({
        sentiment: "negative",
        sentiment_flags: ["threatening"],
      })
    })

    it("refuses labels outside the lists with a sentence and changes nothing", async () => {
      const chat = await startChat("Czy macie kod rabatowy?")
      await eventually(async () =>
        expect((await ticket(chat.id)).context).toBe("discount")
      )
      for (const [body, sentence] of [
        [
          { sentiment: "furious" },
          /(?=.*sentiment)(?=.*positive, neutral, negative)/,
        ],
        [{ context: "weather" }, /(?=.*context)(?=.*order_status)/],
        [{ sentiment: 3 }, /sentiment/],
      ] as const) {
        const res = failure(
          await api
            .post(`/admin/helpdesk/tickets/${chat.id}`, body, anna.headers)
            .catch((e: unknown) => e)
        )
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(sentence)
      }
      const bad = failure(
        await api
          .get(`/admin/helpdesk/tickets?sentiment=furious`, anna.headers)
          .catch((e: unknown) => e)
      )
      expect(bad.status).toBe(400)
      expect(await ticket(chat.id)).toMatchObject({
        sentiment: "neutral",
        context: "discount",
        sentiment_set_by: null,
      })
    })
  },
})
