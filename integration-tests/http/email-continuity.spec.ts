import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type {
  INotificationModuleService,
  IUserModuleService,
  Logger,
} from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { Socket } from "socket.io-client"
import { sendChatReplyEmails } from "../../src/jobs/send-chat-reply-emails"
import { HELPDESK_MODULE } from "../../src/modules/helpdesk"
import type HelpdeskModuleService from "../../src/modules/helpdesk/service"
import type { WireMessage } from "../../src/types/realtime"
import { sendMessageWorkflow } from "../../src/workflows/messages/workflows/send-message"
import { createAdminSession, type AdminSession } from "../helpers/admin-user"
import { connect, eventually } from "../helpers/sockets"

jest.setTimeout(120 * 1000)

const STORE = "https://shop.example.com"
const ALWAYS_OPEN = Object.fromEntries(
  ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((d) => [
    d,
    [{ from: "00:00", to: "24:00" }],
  ])
)
const MINUTE = 60_000

type AxiosLikeError = {
  response: { status: number; data: { type: string; message: string } }
}
const failure = (err: unknown) => (err as AxiosLikeError).response

type ReplyEmail = {
  ticket_id: string
  ticket_number: number
  subject: string
  locale: string
  messages: { author: string; body: string; created_at: string }[]
  continue_url: string
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let anna: AdminSession
    let channelId: string
    const baseUrl = () => api.defaults.baseURL as string
    const helpdesk = () =>
      getContainer().resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const notifications = () =>
      getContainer().resolve<INotificationModuleService>(Modules.NOTIFICATION)
    const sockets: Socket[] = []

    beforeEach(async () => {
      anna = await createAdminSession(getContainer(), "anna@helpdesk.test")
      await getContainer()
        .resolve<IUserModuleService>(Modules.USER)
        .updateUsers({ id: anna.user.id, first_name: "Anna" })
      const { data } = await api.post(
        "/admin/helpdesk/channels",
        {
          name: "Sklep",
          store_url: STORE,
          opening_hours: ALWAYS_OPEN,
          locale: "pl",
        },
        anna.headers
      )
      channelId = data.channel.id
    })

    afterEach(() => {
      sockets.splice(0).forEach((s) => s.close())
    })

    let clientSeq = 0
    /** A shopper starts a chat from the widget, then leaves the page. */
    const startChat = async (
      overrides: Record<string, unknown> = {}
    ): Promise<{ ticketId: string; token: string }> => {
      const { data } = await api.post(
        `/helpdesk/channels/${channelId}/conversations`,
        {
          name: "Jan Kowalski",
          email: "jan@example.com",
          subject: "Gdzie jest paczka?",
          message: "Zamówiłem w zeszłym tygodniu.",
          client_id: `start-${++clientSeq}`,
          page_url: `${STORE}/products/shirt`,
          locale: "pl",
          ...overrides,
        },
        { headers: { origin: STORE } }
      )
      return { ticketId: data.conversation.id, token: data.visitor_token }
    }

    const reply = async (
      ticketId: string,
      body: string,
      kind: "message" | "note" = "message"
    ): Promise<WireMessage> =>
      (
        await api.post(
          `/admin/helpdesk/tickets/${ticketId}/messages`,
          { body, kind },
          anna.headers
        )
      ).data.message

    const sentTo = async (email: string) =>
      (
        await notifications().listNotifications(
          { to: email, template: "helpdesk-chat-reply" },
          { order: { created_at: "ASC" } }
        )
      ).map((n) => ({
        ...n,
        data: n.data as unknown as ReplyEmail,
      }))

    /** The job's clock, `minutes` after now. */
    const at = (minutes: number) => new Date(Date.now() + minutes * MINUTE)

    describe("replies the shopper has not seen", () => {
      it("e-mails an agent's and an automation's replies, never a note, once the oldest has waited the quiet period, in one e-mail in the ticket's language", async () => {
        const { ticketId } = await startChat()
        await reply(ticketId, "Dzień dobry, sprawdzam.")
        await reply(ticketId, "Klient VIP", "note")
        await sendMessageWorkflow(getContainer()).run({
          input: {
            ticket_id: ticketId,
            author_type: "automation",
            body: "Paczka wyszła wczoraj.",
          },
        })

        // within the quiet period (3 minutes by default) nothing goes out
        expect(await sendChatReplyEmails(getContainer(), at(2))).toBe(0)
        expect(await sentTo("jan@example.com")).toEqual([])

        expect(await sendChatReplyEmails(getContainer(), at(3.1))).toBe(1)
        const [email] = await sentTo("jan@example.com")
        const [ticket] = await helpdesk().listHelpdeskTickets(
          { id: ticketId },
          { select: ["number"] }
        )
        expect(email).toMatchObject({
          to: "jan@example.com",
          channel: "email",
          template: "helpdesk-chat-reply",
          resource_id: ticketId,
          resource_type: "helpdesk_ticket",
        })
        expect(email.data).toMatchObject({
          ticket_id: ticketId,
          ticket_number: ticket.number,
          subject: `Nowa odpowiedź na Twoją wiadomość #${ticket.number}: Gdzie jest paczka?`,
          locale: "pl",
          messages: [
            { author: "Anna", body: "Dzień dobry, sprawdzam." },
            { author: "Sklep", body: "Paczka wyszła wczoraj." },
          ],
        })
        expect(email.data.messages[0].created_at).toMatch(/^\d{4}-.*Z$/)
        expect(email.data.continue_url).toMatch(
          /^https:\/\/shop\.example\.com\/#hd=continue\.[\w-]+\.[\w-]+$/
        )

        // the same replies are never e-mailed again
        expect(await sendChatReplyEmails(getContainer(), at(10))).toBe(0)
        expect(await sentTo("jan@example.com")).toHaveLength(1)

        // a later reply starts a quiet period of its own, and its e-mail holds only it
        await reply(ticketId, "Numer przesyłki: 123.")
        expect(await sendChatReplyEmails(getContainer(), at(1))).toBe(0)
        expect(await sendChatReplyEmails(getContainer(), at(3.1))).toBe(1)
        const emails = await sentTo("jan@example.com")
        expect(emails).toHaveLength(2)
        expect(emails[1].data.messages.map((m) => m.body)).toEqual([
          "Numer przesyłki: 123.",
        ])
      })

      it("writes the subject line in English for an English ticket and waits the channel's own quiet period", async () => {
        await api.post(
          `/admin/helpdesk/channels/${channelId}`,
          { email_reply_delay_minutes: 10 },
          anna.headers
        )
        const { ticketId } = await startChat({
          email: "amy@example.com",
          subject: "Where is my parcel?",
          locale: "en",
        })
        await reply(ticketId, "Let me check.")

        expect(await sendChatReplyEmails(getContainer(), at(9))).toBe(0)
        expect(await sendChatReplyEmails(getContainer(), at(10.1))).toBe(1)
        const [email] = await sentTo("amy@example.com")
        expect(email.data.subject).toMatch(
          /^New reply to your message #\d+: Where is my parcel\?$/
        )
        expect(email.data.locale).toBe("en")
      })

      it("sends nothing for replies a visitor socket received, and e-mails only the one it missed after it left", async () => {
        const { ticketId, token } = await startChat()
        const visitor = connect(baseUrl(), "/visitor", token, {
          origin: STORE,
        })
        sockets.push(visitor.socket)
        // the widget confirms what arrives
        visitor.socket.on("message:new", (m: WireMessage) =>
          visitor.socket.emit("seen", { seq: m.seq })
        )
        await visitor.ready

        const seen = await reply(ticketId, "Widzi Pan tę wiadomość?")
        await eventually(async () => {
          const [ticket] = await helpdesk().listHelpdeskTickets(
            { id: ticketId },
            { select: ["visitor_seen_seq"] }
          )
          expect(ticket.visitor_seen_seq).toBe(seen.seq)
        })
        expect(await sendChatReplyEmails(getContainer(), at(30))).toBe(0)

        // the shopper closes the page
        visitor.socket.close()
        await reply(ticketId, "Odpiszę mailowo.")
        expect(await sendChatReplyEmails(getContainer(), at(3.1))).toBe(1)
        const [email] = await sentTo("jan@example.com")
        expect(email.data.messages.map((m) => m.body)).toEqual([
          "Odpiszę mailowo.",
        ])
      })

      it("counts a replay over the socket as received: a widget that came back is not e-mailed what it replayed", async () => {
        const { ticketId, token } = await startChat()
        const answer = await reply(ticketId, "Już sprawdzam.")
        const visitor = connect(baseUrl(), "/visitor", token, {
          origin: STORE,
        })
        sockets.push(visitor.socket)
        await visitor.ready
        // the widget replays from the last seq it holds
        await visitor.socket.emitWithAck("replay", { after_seq: answer.seq })
        await eventually(async () => {
          const [ticket] = await helpdesk().listHelpdeskTickets(
            { id: ticketId },
            { select: ["visitor_seen_seq"] }
          )
          expect(ticket.visitor_seen_seq).toBe(answer.seq)
        })
        expect(await sendChatReplyEmails(getContainer(), at(5))).toBe(0)
      })

      it("leaves alone a reply more than a day past its quiet period, and e-mails the later ones", async () => {
        const { ticketId } = await startChat()
        const old = await reply(ticketId, "Stara odpowiedź.")
        // created_at is not among a message's updatable fields; the test moves it back in time
        await helpdesk().updateHelpdeskMessages({
          id: old.id,
          created_at: new Date(Date.now() - 2 * 24 * 60 * MINUTE),
        } as never)
        expect(await sendChatReplyEmails(getContainer(), at(0))).toBe(0)

        await reply(ticketId, "Nowa odpowiedź.")
        expect(await sendChatReplyEmails(getContainer(), at(3.1))).toBe(1)
        const [email] = await sentTo("jan@example.com")
        expect(email.data.messages.map((m) => m.body)).toEqual([
          "Nowa odpowiedź.",
        ])
      })

      it("sends one e-mail when two runs of the job race for the same replies", async () => {
        const { ticketId } = await startChat()
        await reply(ticketId, "Sprawdzam.")
        const sent = await Promise.all([
          sendChatReplyEmails(getContainer(), at(4)),
          sendChatReplyEmails(getContainer(), at(4)),
        ])
        expect(sent.reduce((a, b) => a + b, 0)).toBe(1)
        expect(await sentTo("jan@example.com")).toHaveLength(1)
      })

      it("does not e-mail again the message of a ticket an agent started by e-mail", async () => {
        const { data } = await api.post(
          "/admin/helpdesk/tickets",
          {
            email: "ola@example.com",
            subject: "Zwrot",
            message: "Dzień dobry, w sprawie zwrotu…",
            channel_id: channelId,
          },
          anna.headers
        )
        expect(await sendChatReplyEmails(getContainer(), at(10))).toBe(0)
        const all = await notifications().listNotifications({
          to: "ola@example.com",
        })
        expect(all.map((n) => n.template)).toEqual(["helpdesk-ticket-message"])

        // a later reply is a chat reply like any other
        await reply(data.ticket.id, "Czy paczka już wróciła?")
        expect(await sendChatReplyEmails(getContainer(), at(3.1))).toBe(1)
      })
    })

    describe("when nothing is e-mailed", () => {
      it("e-mails nothing on a channel with email_replies off", async () => {
        await api.post(
          `/admin/helpdesk/channels/${channelId}`,
          { email_replies: false },
          anna.headers
        )
        const { ticketId } = await startChat()
        await reply(ticketId, "Sprawdzam.")
        expect(await sendChatReplyEmails(getContainer(), at(10))).toBe(0)
        expect(await sentTo("jan@example.com")).toEqual([])
      })

      it("never e-mails a blocked contact", async () => {
        const { ticketId } = await startChat({ email: "spam@example.com" })
        await api.post(
          "/admin/helpdesk/contacts",
          { email: "spam@example.com", blocked: true },
          anna.headers
        )
        await reply(ticketId, "Proszę nie pisać.")
        expect(await sendChatReplyEmails(getContainer(), at(10))).toBe(0)
        expect(await sentTo("spam@example.com")).toEqual([])
      })

      it("sends nothing without an e-mail provider and says so once in the log, then sends once one is configured", async () => {
        const config = getContainer().resolve(
          ContainerRegistrationKeys.CONFIG_MODULE
        )
        const notification = config.modules![Modules.NOTIFICATION] as {
          options: { providers: { options: { channels: string[] } }[] }
        }
        const provider = notification.options.providers[0]
        const channels = provider.options.channels
        const logger = getContainer().resolve<Logger>(
          ContainerRegistrationKeys.LOGGER
        )
        const warn = jest.spyOn(logger, "warn")
        const { ticketId } = await startChat()
        await reply(ticketId, "Sprawdzam.")
        provider.options.channels = ["feed"]
        try {
          const settings = await api.get(
            "/admin/helpdesk/email-replies",
            anna.headers
          )
          expect(settings.data.email_replies).toEqual({
            provider_configured: false,
            template: "helpdesk-chat-reply",
          })
          expect(await sendChatReplyEmails(getContainer(), at(4))).toBe(0)
          expect(await sendChatReplyEmails(getContainer(), at(5))).toBe(0)
          const lines = warn.mock.calls
            .map(([line]) => String(line))
            .filter((line) => /cannot be e-mailed/.test(line))
          expect(lines).toHaveLength(1)
          expect(lines[0]).toMatch(
            /no notification provider handles the "email" channel/
          )
          expect(await sentTo("jan@example.com")).toEqual([])
        } finally {
          provider.options.channels = channels
          warn.mockRestore()
        }
        expect(
          (await api.get("/admin/helpdesk/email-replies", anna.headers)).data
            .email_replies.provider_configured
        ).toBe(true)
        expect(await sendChatReplyEmails(getContainer(), at(5))).toBe(1)
      })
    })

    describe("the link in the e-mail", () => {
      const linkToken = async () => {
        const { ticketId } = await startChat()
        await reply(ticketId, "Paczka jest w drodze.")
        await sendChatReplyEmails(getContainer(), at(4))
        const [email] = await sentTo("jan@example.com")
        return {
          ticketId,
          token: decodeURIComponent(email.data.continue_url.split("#hd=")[1]),
        }
      }

      it("opens the conversation on the store: the answer holds the transcript and a visitor token that reads it", async () => {
        const { ticketId, token } = await linkToken()
        const { data, status } = await api.post(
          "/helpdesk/conversations/continue",
          { token },
          { headers: { origin: STORE } }
        )
        expect(status).toBe(200)
        expect(data.conversation).toMatchObject({
          id: ticketId,
          subject: "Gdzie jest paczka?",
        })
        expect(data.messages.map((m: WireMessage) => m.body)).toEqual([
          "Zamówiłem w zeszłym tygodniu.",
          "Paczka jest w drodze.",
        ])
        const replay = await api.get(
          `/helpdesk/conversations/${ticketId}/messages?after_seq=1`,
          {
            headers: {
              authorization: `Bearer ${data.visitor_token}`,
              origin: STORE,
            },
          }
        )
        expect(replay.data.messages.map((m: WireMessage) => m.body)).toEqual([
          "Paczka jest w drodze.",
        ])
      })

      it("refuses a changed or foreign token with 404, another website with 403, and a body without one with 400", async () => {
        const { token } = await linkToken()
        const [kind, body, signature] = token.split(".")
        const tampered = `${kind}.${body}.${signature.slice(1)}A`
        const visitorToken = (await startChat()).token
        for (const bad of [tampered, visitorToken]) {
          const res = await api
            .post("/helpdesk/conversations/continue", { token: bad })
            .catch(failure)
          expect(res.status).toBe(404)
          expect(res.data.message).toMatch(/expired or is not valid/)
        }
        const elsewhere = await api
          .post(
            "/helpdesk/conversations/continue",
            { token },
            { headers: { origin: "https://evil.example.net" } }
          )
          .catch(failure)
        expect(elsewhere.status).toBe(403)
        const empty = await api
          .post("/helpdesk/conversations/continue", {})
          .catch(failure)
        expect(empty.status).toBe(400)
        expect(empty.data.message).toMatch(/token/)
      })
    })

    describe("the channel's settings", () => {
      it("has e-mail replies on after 3 minutes by default, and refuses a quiet period under a minute or over a day", async () => {
        const { data } = await api.get(
          `/admin/helpdesk/channels/${channelId}`,
          anna.headers
        )
        expect(data.channel).toMatchObject({
          email_replies: true,
          email_reply_delay_minutes: 3,
        })
        for (const value of [0, 1.5, 1441, "3"]) {
          const res = await api
            .post(
              `/admin/helpdesk/channels/${channelId}`,
              { email_reply_delay_minutes: value },
              anna.headers
            )
            .catch(failure)
          expect(res.status).toBe(400)
          expect(res.data.message).toMatch(/email_reply_delay_minutes/)
        }
        const updated = await api.post(
          `/admin/helpdesk/channels/${channelId}`,
          { email_replies: false, email_reply_delay_minutes: 1 },
          anna.headers
        )
        expect(updated.data.channel).toMatchObject({
          email_replies: false,
          email_reply_delay_minutes: 1,
        })
      })
    })
  },
})
