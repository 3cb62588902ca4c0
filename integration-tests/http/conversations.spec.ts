import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { execFileSync } from "node:child_process"
import { existsSync, readFileSync } from "node:fs"
import { request as httpRequest, type IncomingHttpHeaders } from "node:http"
import { join } from "node:path"
import { brotliDecompressSync, gunzipSync } from "node:zlib"
import type { Socket } from "socket.io-client"
import { HELPDESK_MODULE } from "../../src/modules/helpdesk"
import type HelpdeskModuleService from "../../src/modules/helpdesk/service"
import type { SendAck, WireMessage } from "../../src/types/realtime"
import { getRealtime } from "../../src/realtime/server"
import { visitorMessageSender } from "../../src/realtime/visitor-sends"
import { startConversationWorkflow } from "../../src/workflows/tickets/workflows/start-conversation"
import { createAdminSession, type AdminSession } from "../helpers/admin-user"
import { connect, eventually, sleep } from "../helpers/sockets"

jest.setTimeout(120 * 1000)

const STORE = "https://shop.example.com"
const ALWAYS_OPEN = Object.fromEntries(
  ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((d) => [
    d,
    [{ from: "00:00", to: "24:00" }],
  ])
)

type AxiosLikeError = {
  response: {
    status: number
    headers: Record<string, string>
    data: { type: string; message: string }
  }
}
const failure = (err: unknown) => (err as AxiosLikeError).response

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let admin: AdminSession
    let channelId: string
    const baseUrl = () => api.defaults.baseURL as string
    const helpdesk = () =>
      getContainer().resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const sockets: Socket[] = []
    const track = <T extends { socket: Socket }>(client: T) => {
      sockets.push(client.socket)
      return client
    }

    beforeEach(async () => {
      admin = await createAdminSession(getContainer())
      const { data } = await api.post(
        "/admin/helpdesk/channels",
        {
          name: "Sklep",
          store_url: STORE,
          opening_hours: ALWAYS_OPEN,
          locale: "pl",
        },
        admin.headers
      )
      channelId = data.channel.id
    })

    afterEach(() => {
      sockets.splice(0).forEach((s) => s.close())
    })

    const start = async (
      overrides: Record<string, unknown> = {},
      headers: Record<string, string> = {}
    ) =>
      api.post(
        `/helpdesk/channels/${channelId}/conversations`,
        {
          name: "Jan Kowalski",
          email: "Jan@Example.com",
          subject: "Where is my parcel?",
          message: "I ordered last week.",
          client_id: "first-1",
          page_url: `${STORE}/products/shirt`,
          ...overrides,
        },
        {
          headers: {
            origin: STORE,
            "user-agent": "jest-browser/1.0",
            ...headers,
          },
        }
      )
    const bearer = (token: string) => ({
      headers: { authorization: `Bearer ${token}`, origin: STORE },
    })
    const ticketCount = async () =>
      (await helpdesk().listAndCountHelpdeskTickets())[1]

    describe("real-time server start-up", () => {
      let attachedBeforeAnyRequest = false
      beforeAll(async () => {
        // runs before the first beforeEach sends any HTTP request
        await eventually(
          () => expect(getRealtime().hasAttachedAny()).toBe(true),
          10_000
        ).catch(() => undefined)
        attachedBeforeAnyRequest = getRealtime().hasAttachedAny()
      })

      it("attaches socket.io to Medusa's server at boot, before any request arrives", () => {
        expect(attachedBeforeAnyRequest).toBe(true)
      })

      it("accepts a websocket-only client", async () => {
        const { result } = await startConversationWorkflow(getContainer()).run({
          input: {
            channel_id: channelId,
            name: "A",
            email: "a@example.com",
            subject: "s",
            message: "m",
            client_id: "x",
          },
        })
        const token = helpdesk().issueToken("visitor", {
          t: result.ticket.id,
          c: channelId,
        })

        const visitor = track(
          connect(baseUrl(), "/visitor", token, { origin: STORE })
        )
        await expect(visitor.ready).resolves.toBeUndefined()
      })
    })

    describe("GET /helpdesk/widget/:file", () => {
      const DIST = join(__dirname, "../../storefront-snippet/dist")
      const built = (name: string) => readFileSync(join(DIST, name))
      const chatVersion = () =>
        (
          JSON.parse(built("manifest.json").toString()) as {
            chatVersion: string
          }
        ).chatVersion

      type Raw = {
        status: number
        headers: IncomingHttpHeaders
        body: Buffer
      }
      /** A request as a browser sends it, with the bytes exactly as they came over the wire. */
      const raw = (
        route: string,
        headers: Record<string, string> = {},
        method = "GET"
      ) =>
        new Promise<Raw>((resolve, reject) => {
          const req = httpRequest(
            new URL(route, baseUrl()),
            { method, headers },
            (res) => {
              const chunks: Buffer[] = []
              res.on("data", (chunk: Buffer) => chunks.push(chunk))
              res.on("end", () =>
                resolve({
                  status: res.statusCode ?? 0,
                  headers: res.headers,
                  body: Buffer.concat(chunks),
                })
              )
              res.on("error", reject)
            }
          )
          req.on("error", reject)
          req.end()
        })

      beforeAll(() => {
        if (!existsSync(join(DIST, "manifest.json"))) {
          execFileSync(process.execPath, ["storefront-snippet/build.mjs"], {
            stdio: "ignore",
          })
        }
      })

      it("sends brotli to a browser that takes it, gzip to one that takes only gzip and the plain file to one that takes neither, each the built file to the byte", async () => {
        for (const file of ["loader.js", "chat.js"]) {
          const plain = built(file)

          const br = await raw(`/helpdesk/widget/${file}`, {
            "accept-encoding": "gzip, deflate, br, zstd",
          })
          expect(br.status).toBe(200)
          expect(br.headers["content-encoding"]).toBe("br")
          expect(br.headers["content-type"]).toBe(
            "application/javascript; charset=utf-8"
          )
          expect(br.headers.vary).toBe("Accept-Encoding")
          expect(br.body.equals(built(`${file}.br`))).toBe(true)
          expect(Number(br.headers["content-length"])).toBe(br.body.length)
          expect(brotliDecompressSync(br.body).equals(plain)).toBe(true)
          expect(br.body.length).toBeLessThan(plain.length / 2)

          const gzip = await raw(`/helpdesk/widget/${file}`, {
            "accept-encoding": "gzip, deflate",
          })
          expect(gzip.headers["content-encoding"]).toBe("gzip")
          expect(gzip.headers.vary).toBe("Accept-Encoding")
          expect(gunzipSync(gzip.body).equals(plain)).toBe(true)
          expect(Number(gzip.headers["content-length"])).toBe(gzip.body.length)

          // brotli refused by q=0 and gzip preferred by q-value
          const refused = await raw(`/helpdesk/widget/${file}`, {
            "accept-encoding": "br;q=0, gzip;q=0.5",
          })
          expect(refused.headers["content-encoding"]).toBe("gzip")

          const identity = await raw(`/helpdesk/widget/${file}`)
          expect(identity.status).toBe(200)
          expect(identity.headers["content-encoding"]).toBeUndefined()
          expect(identity.headers.vary).toBe("Accept-Encoding")
          expect(identity.body.equals(plain)).toBe(true)
        }
      })

      it("marks the chat.js the current loader asks for immutable for a year and keeps loader.js and any other chat.js URL short-lived", async () => {
        const loader = await raw("/helpdesk/widget/loader.js", {
          "accept-encoding": "br",
        })
        expect(loader.headers["cache-control"]).toBe(
          "public, max-age=300, stale-while-revalidate=86400"
        )
        // the version the server trusts is the one the loader it serves asks for
        const asked = /chat\.js\?v=([0-9a-f]+)/.exec(
          brotliDecompressSync(loader.body).toString()
        )
        expect(asked?.[1]).toBe(chatVersion())

        const current = await raw(
          `/helpdesk/widget/chat.js?v=${chatVersion()}`,
          {
            "accept-encoding": "br",
          }
        )
        expect(current.headers["cache-control"]).toBe(
          "public, max-age=31536000, immutable"
        )
        for (const route of [
          "/helpdesk/widget/chat.js",
          "/helpdesk/widget/chat.js?v=0123456789",
        ]) {
          const other = await raw(route, { "accept-encoding": "br" })
          expect(other.status).toBe(200)
          expect(other.headers["cache-control"]).toBe(
            "public, max-age=300, stale-while-revalidate=86400"
          )
        }
      })

      it("gives each encoding its own ETag and answers 304 only to the ETag of the encoding asked for", async () => {
        for (const file of ["loader.js", "chat.js"]) {
          const route = `/helpdesk/widget/${file}`
          const tags = await Promise.all(
            ["br", "gzip", "identity"].map(async (encoding) => {
              const res = await raw(route, { "accept-encoding": encoding })
              expect(res.headers.etag).toMatch(/^"[\w-]+"$/)
              return res.headers.etag as string
            })
          )
          expect(new Set(tags).size).toBe(3)
          const [brTag, gzipTag, plainTag] = tags

          const unchanged = await raw(route, {
            "accept-encoding": "br",
            "if-none-match": brTag,
          })
          expect(unchanged.status).toBe(304)
          expect(unchanged.body.length).toBe(0)
          expect(unchanged.headers.etag).toBe(brTag)
          expect(unchanged.headers.vary).toBe("Accept-Encoding")
          expect(unchanged.headers["cache-control"]).toMatch(/max-age=/)

          // a CDN may have weakened the tag; the comparison is weak, as for every If-None-Match
          const weak = await raw(route, {
            "accept-encoding": "gzip",
            "if-none-match": `"other", W/${gzipTag}`,
          })
          expect(weak.status).toBe(304)

          // the gzip copy's tag does not validate a brotli copy
          const otherEncoding = await raw(route, {
            "accept-encoding": "br",
            "if-none-match": `${gzipTag}, ${plainTag}`,
          })
          expect(otherEncoding.status).toBe(200)
          expect(otherEncoding.headers["content-encoding"]).toBe("br")
        }
      })

      it("answers HEAD with the headers GET sends and no body", async () => {
        for (const file of ["loader.js", "chat.js"]) {
          const route = `/helpdesk/widget/${file}`
          const get = await raw(route, { "accept-encoding": "gzip" })
          const head = await raw(route, { "accept-encoding": "gzip" }, "HEAD")
          expect(head.status).toBe(200)
          expect(head.body.length).toBe(0)
          for (const header of [
            "content-type",
            "content-encoding",
            "content-length",
            "etag",
            "cache-control",
            "vary",
          ]) {
            expect([header, head.headers[header]]).toEqual([
              header,
              get.headers[header],
            ])
          }
          const revalidated = await raw(
            route,
            { "accept-encoding": "gzip", "if-none-match": get.headers.etag! },
            "HEAD"
          )
          expect(revalidated.status).toBe(304)
        }
      })

      it("answers 404 for any other file name", async () => {
        const res = await api
          .get("/helpdesk/widget/..%2F..%2Fpackage.json")
          .catch(failure)
        expect(res.status).toBe(404)
      })
    })

    describe("GET /helpdesk/channels/:id/widget-config", () => {
      it("returns what the widget needs, with opening state computed on the server, and creates nothing", async () => {
        const { data, headers } = await api.get(
          `/helpdesk/channels/${channelId}/widget-config`,
          {
            headers: { origin: STORE },
          }
        )

        expect(headers["access-control-allow-origin"]).toBe(STORE)
        expect(data.channel).toEqual({
          id: channelId,
          name: "Sklep",
          welcome_message: null,
          alignment: "right",
          vertical_offset: 25,
          path_list_type: "blacklist",
          paths: [],
          after_hours_behavior: "display_message",
          after_hours_message: null,
          locale: "pl",
          color: "#1f6feb",
          is_open: true,
          next_change_at: null,
        })
        expect(await ticketCount()).toBe(0)
      })

      it("says when a closed channel opens next", async () => {
        await api.post(
          `/admin/helpdesk/channels/${channelId}`,
          { opening_hours: {}, holidays: [] },
          admin.headers
        )
        const { data } = await api.get(
          `/helpdesk/channels/${channelId}/widget-config`
        )
        expect(data.channel).toEqual(
          expect.objectContaining({ is_open: false, next_change_at: null })
        )
      })

      it("answers 404 for a disabled or unknown channel", async () => {
        await api.post(
          `/admin/helpdesk/channels/${channelId}`,
          { enabled: false },
          admin.headers
        )
        expect(
          failure(
            await api
              .get(`/helpdesk/channels/${channelId}/widget-config`)
              .catch((e: unknown) => e)
          ).status
        ).toBe(404)
        expect(
          failure(
            await api
              .get(`/helpdesk/channels/hdch_nope/widget-config`)
              .catch((e: unknown) => e)
          ).status
        ).toBe(404)
      })
    })

    describe("CORS", () => {
      it("answers the preflight of the channel's store origin", async () => {
        const res = await api.options(
          `/helpdesk/channels/${channelId}/conversations`,
          {
            headers: { origin: STORE, "access-control-request-method": "POST" },
          }
        )
        expect(res.status).toBe(204)
        expect(res.headers["access-control-allow-origin"]).toBe(STORE)
        expect(res.headers["access-control-allow-headers"]).toMatch(
          /Authorization/
        )
      })

      it("refuses another origin, before and during the request, and writes nothing", async () => {
        const preflight = await api
          .options(`/helpdesk/channels/${channelId}/conversations`, {
            headers: {
              origin: "https://evil.example",
              "access-control-request-method": "POST",
            },
          })
          .catch(failure)
        expect(preflight.status).toBe(403)
        expect(preflight.headers["access-control-allow-origin"]).toBeUndefined()

        const res = await start({}, { origin: "https://evil.example" }).catch(
          failure
        )
        expect(res.status).toBe(403)
        expect(await ticketCount()).toBe(0)
      })

      it("refuses a socket handshake from another origin", async () => {
        const { data } = await start()
        const visitor = track(
          connect(baseUrl(), "/visitor", data.visitor_token, {
            origin: "https://evil.example",
          })
        )
        await expect(visitor.ready).rejects.toThrow(/origin not allowed/)
      })
    })

    describe("POST /helpdesk/channels/:id/conversations", () => {
      it("creates a new ticket in the channel's inbox with the first message as seq 1", async () => {
        const { status, data } = await start()

        expect(status).toBe(201)
        expect(data.visitor_token).toEqual(expect.any(String))
        expect(data.conversation).toEqual(
          expect.objectContaining({
            status: "new",
            subject: "Where is my parcel?",
            customer_email: "jan@example.com",
            agent_name: null,
          })
        )
        expect(data.messages).toEqual([
          expect.objectContaining({
            seq: 1,
            client_id: "first-1",
            author_type: "customer",
            body: "I ordered last week.",
          }),
        ])

        const ticket = await helpdesk().retrieveHelpdeskTicket(
          data.conversation.id
        )
        const channel = await helpdesk().retrieveHelpdeskChannel(channelId)
        expect(ticket).toEqual(
          expect.objectContaining({
            status: "new",
            seller_login: "Sklep",
            inbox_id: channel.inbox_id,
            channel_id: channelId,
            customer_name: "Jan Kowalski",
            page_url: `${STORE}/products/shirt`,
            user_agent: "jest-browser/1.0",
            last_message_author: "customer",
          })
        )
      })

      it("announces the new ticket live to the channel's agents", async () => {
        const { data: tok } = await api.post(
          "/admin/helpdesk/realtime/token",
          {},
          admin.headers
        )
        const agent = track(connect(baseUrl(), "/agent", tok.token))
        await agent.ready

        const { data } = await start()

        await eventually(() =>
          expect(agent.received).toContainEqual({
            event: "ticket:created",
            payload: {
              ticket: expect.objectContaining({
                id: data.conversation.id,
                status: "new",
              }),
            },
          })
        )
      })

      const invalid: [string, Record<string, unknown>, RegExp][] = [
        [
          "a malformed e-mail",
          { email: "jan@" },
          /email must be a valid e-mail address/,
        ],
        ["an empty message", { message: "   " }, /message/],
        [
          "a message over 5,000 characters",
          { message: "x".repeat(5001) },
          /message/,
        ],
        ["a missing subject", { subject: undefined }, /subject/],
        [
          "a missing e-mail without an identity token",
          { email: undefined },
          /email/,
        ],
        ["an unknown field", { phone: "123" }, /phone/],
        [
          "a forged identity token",
          { identity_token: "identity.e30.forged" },
          /identity_token is invalid/,
        ],
      ]
      it.each(invalid)(
        "rejects %s with a 400 and writes nothing",
        async (_, overrides, message) => {
          const res = await start(overrides).catch(failure)
          expect(res.status).toBe(400)
          expect(res.data.message).toMatch(message)
          expect(await ticketCount()).toBe(0)
        }
      )

      it("drops a bot that fills the hidden field without telling it", async () => {
        const res = await start({ website: "http://spam.example" })
        expect(res.status).toBe(202)
        expect(await ticketCount()).toBe(0)
      })

      it("refuses a blocked contact with a polite sentence", async () => {
        await helpdesk().createHelpdeskContacts([
          { email: "jan@example.com", blocked: true },
        ])
        const res = await start().catch(failure)
        expect(res.status).toBe(403)
        expect(res.data.message).toBe(
          "We cannot start a chat from this e-mail address. Please contact the shop another way."
        )
        expect(await ticketCount()).toBe(0)
      })

      it("limits new chats per address and channel with 429 and Retry-After", async () => {
        for (let i = 0; i < 10; i++) {
          await start({ client_id: `c-${i}` })
        }
        const res = await start({ client_id: "c-10" }).catch(failure)
        expect(res.status).toBe(429)
        expect(Number(res.headers["retry-after"])).toBeGreaterThan(0)
        expect(res.data.message).toMatch(/Too many new chats/)
        expect(await ticketCount()).toBe(10)
      })

      it("ties the ticket to the Medusa customer named by an identity token, without the form's name and e-mail", async () => {
        const customer = await getContainer()
          .resolve("customer")
          .createCustomers({
            email: "ewa@example.com",
            first_name: "Ewa",
            last_name: "Nowak",
          })
        const token = helpdesk().issueToken("identity", {
          cu: customer.id,
          exp: Math.floor(Date.now() / 1000) + 60,
        })

        const { data } = await start({
          identity_token: token,
          name: undefined,
          email: undefined,
        })

        expect(
          await helpdesk().retrieveHelpdeskTicket(data.conversation.id)
        ).toEqual(
          expect.objectContaining({
            customer_id: customer.id,
            customer_email: "ewa@example.com",
            customer_name: "Ewa Nowak",
          })
        )
      })

      it("refuses an expired identity token", async () => {
        const customer = await getContainer()
          .resolve("customer")
          .createCustomers({ email: "ewa@example.com" })
        const token = helpdesk().issueToken("identity", {
          cu: customer.id,
          exp: Math.floor(Date.now() / 1000) - 1,
        })
        const res = await start({ identity_token: token }).catch(failure)
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(
          /identity_token is invalid or has expired/
        )
      })
    })

    describe("conversation routes with a visitor token", () => {
      it("replays messages after a seq and sends idempotently over HTTP", async () => {
        const { data } = await start()
        const id = data.conversation.id

        const first = await api.post(
          `/helpdesk/conversations/${id}/messages`,
          { client_id: "h-1", body: "Still there?" },
          bearer(data.visitor_token)
        )
        const again = await api.post(
          `/helpdesk/conversations/${id}/messages`,
          { client_id: "h-1", body: "Still there?" },
          bearer(data.visitor_token)
        )
        expect(first.status).toBe(201)
        expect(again.status).toBe(200)
        expect(again.data.message.id).toBe(first.data.message.id)

        const replay = await api.get(
          `/helpdesk/conversations/${id}/messages?after_seq=1`,
          bearer(data.visitor_token)
        )
        expect(
          replay.data.messages.map((m: WireMessage) => [m.seq, m.body])
        ).toEqual([[2, "Still there?"]])

        const conversation = await api.get(
          `/helpdesk/conversations/${id}`,
          bearer(data.visitor_token)
        )
        expect(conversation.data.conversation.id).toBe(id)
      })

      it("never shows internal notes to the shopper", async () => {
        const { data } = await start()
        await api.post(
          `/admin/helpdesk/tickets/${data.conversation.id}/messages`,
          { body: "VIP, be nice", kind: "note" },
          admin.headers
        )

        const replay = await api.get(
          `/helpdesk/conversations/${data.conversation.id}/messages`,
          bearer(data.visitor_token)
        )
        expect(replay.data.messages.map((m: WireMessage) => m.kind)).toEqual([
          "message",
        ])
      })

      it("gives nothing for another conversation's id, a forged token or no token", async () => {
        const mine = (await start()).data
        const theirs = (
          await start({ client_id: "other", email: "eva@example.com" })
        ).data

        for (const config of [
          bearer(mine.visitor_token),
          bearer("visitor.e30.forged"),
          { headers: { origin: STORE } },
        ]) {
          const res = await api
            .get(
              `/helpdesk/conversations/${theirs.conversation.id}/messages`,
              config
            )
            .catch(failure)
          expect(res.status).toBe(404)
        }
      })

      it("rejects an empty or oversized body with 400 and stores nothing", async () => {
        const { data } = await start()
        for (const body of ["", "x".repeat(5001)]) {
          const res = await api
            .post(
              `/helpdesk/conversations/${data.conversation.id}/messages`,
              { client_id: "z", body },
              bearer(data.visitor_token)
            )
            .catch(failure)
          expect(res.status).toBe(400)
        }
        expect(
          (
            await helpdesk().listAndCountHelpdeskMessages({
              ticket_id: data.conversation.id,
            })
          )[1]
        ).toBe(1)
      })

      it("limits messages per visitor token with 429 and Retry-After", async () => {
        const { data } = await start()
        const statuses: number[] = []
        for (let i = 0; i < 61; i++) {
          const res = await api
            .post(
              `/helpdesk/conversations/${data.conversation.id}/messages`,
              { client_id: `m-${i}`, body: `n${i}` },
              bearer(data.visitor_token)
            )
            .catch(failure)
          statuses.push(res.status)
        }
        expect(statuses.filter((s) => s === 201)).toHaveLength(60)
        expect(statuses[60]).toBe(429)
      })
    })

    describe("sockets", () => {
      const visitorFor = async (data: { visitor_token: string }) => {
        const client = track(
          connect(baseUrl(), "/visitor", data.visitor_token, { origin: STORE })
        )
        await client.ready
        return client
      }
      const agentFor = async (headers = admin.headers) => {
        const { data } = await api.post(
          "/admin/helpdesk/realtime/token",
          {},
          headers
        )
        const client = track(connect(baseUrl(), "/agent", data.token))
        await client.ready
        return client
      }

      it("refuses a handshake without a valid token", async () => {
        const visitor = track(
          connect(baseUrl(), "/visitor", "visitor.e30.nope")
        )
        await expect(visitor.ready).rejects.toThrow(/unauthorized/)
        const agent = track(connect(baseUrl(), "/agent", "agent.e30.nope"))
        await expect(agent.ready).rejects.toThrow(/unauthorized/)
      })

      it("delivers messages both ways live, tells the shopper who joined, and shows typing", async () => {
        const { data } = await start()
        const visitor = await visitorFor(data)
        const agent = await agentFor()
        const watch = await agent.socket.emitWithAck("ticket:watch", {
          ticket_id: data.conversation.id,
        })
        expect(watch).toEqual({ ok: true })

        const ack: SendAck = await visitor.socket.emitWithAck("message:send", {
          client_id: "v-1",
          body: "Hello?",
        })
        expect(ack).toEqual({
          ok: true,
          message: expect.objectContaining({ seq: 2, body: "Hello?" }),
        })
        await eventually(() =>
          expect(agent.received).toContainEqual({
            event: "message:new",
            payload: expect.objectContaining({ seq: 2, body: "Hello?" }),
          })
        )

        await api.post(
          `/admin/helpdesk/tickets/${data.conversation.id}/open`,
          {},
          admin.headers
        )
        await eventually(() =>
          expect(visitor.received).toContainEqual({
            event: "agent:joined",
            payload: expect.objectContaining({
              agent: { id: admin.user.id, first_name: "Anna" },
              message: expect.objectContaining({
                kind: "event",
                body: "Anna dołączył(a) do czatu",
              }),
            }),
          })
        )

        await api.post(
          `/admin/helpdesk/tickets/${data.conversation.id}/messages`,
          { body: "Dzień dobry!" },
          admin.headers
        )
        await eventually(() =>
          expect(visitor.received).toContainEqual({
            event: "message:new",
            payload: expect.objectContaining({
              author_type: "agent",
              author_name: "Anna",
              body: "Dzień dobry!",
            }),
          })
        )

        visitor.socket.emit("typing", { typing: true })
        await eventually(() =>
          expect(agent.received).toContainEqual({
            event: "typing",
            payload: {
              ticket_id: data.conversation.id,
              author_type: "customer",
              name: "Jan Kowalski",
              typing: true,
            },
          })
        )
        agent.socket.emit("typing", {
          ticket_id: data.conversation.id,
          typing: true,
        })
        await eventually(() =>
          expect(visitor.received).toContainEqual({
            event: "typing",
            payload: {
              ticket_id: data.conversation.id,
              author_type: "agent",
              name: "Anna",
              typing: true,
            },
          })
        )
      })

      it("keeps two visitors from seeing each other's conversations", async () => {
        const one = await visitorFor((await start()).data)
        const twoData = (
          await start({ client_id: "b", email: "eva@example.com" })
        ).data
        const two = await visitorFor(twoData)

        await one.socket.emitWithAck("message:send", {
          client_id: "secret",
          body: "my address is…",
        })
        await two.socket.emitWithAck("message:send", {
          client_id: "other",
          body: "hi",
        })
        await sleep(300)

        expect(two.received.map((r) => r.event)).not.toContain("message:new")
        expect(one.received.map((r) => r.event)).not.toContain("message:new")

        const replay = await two.socket.emitWithAck("replay", { after_seq: 0 })
        expect(replay.messages.map((m: WireMessage) => m.body)).toEqual([
          "I ordered last week.",
          "hi",
        ])
      })

      it("sends nothing to an agent who is not on the channel's agent list", async () => {
        const outsider = await createAdminSession(
          getContainer(),
          "outsider@helpdesk.test"
        )
        await api.post(
          `/admin/helpdesk/channels/${channelId}`,
          { agent_ids: [admin.user.id] },
          admin.headers
        )
        const insider = await agentFor()
        const stranger = await agentFor(outsider.headers)

        const { data } = await start()
        const visitor = await visitorFor(data)
        await visitor.socket.emitWithAck("message:send", {
          client_id: "v-1",
          body: "hello",
        })
        const watch = await stranger.socket.emitWithAck("ticket:watch", {
          ticket_id: data.conversation.id,
        })
        const send = await stranger.socket.emitWithAck("message:send", {
          ticket_id: data.conversation.id,
          client_id: "s",
          body: "hi",
        })

        await eventually(() =>
          expect(insider.received.map((r) => r.event)).toEqual(
            expect.arrayContaining(["ticket:created", "message:new"])
          )
        )
        await sleep(200)
        expect(stranger.received).toEqual([])
        expect(watch).toEqual({
          ok: false,
          error: expect.objectContaining({ code: "not_found" }),
        })
        expect(send).toEqual({
          ok: false,
          error: expect.objectContaining({ code: "not_found" }),
        })
        const res = await api
          .get(
            `/admin/helpdesk/tickets/${data.conversation.id}/messages`,
            outsider.headers
          )
          .catch(failure)
        expect(res.status).toBe(404)
      })

      it("stops sending to a connected agent as soon as they are taken off the channel", async () => {
        const other = await createAdminSession(
          getContainer(),
          "other@helpdesk.test"
        )
        const agent = await agentFor()

        await api.post(
          `/admin/helpdesk/channels/${channelId}`,
          { agent_ids: [other.user.id] },
          admin.headers
        )
        await eventually(async () => {
          const sockets = await getRealtime().agents.fetchSockets()
          expect(
            sockets.every((s) => !s.rooms.has(`channel:${channelId}`))
          ).toBe(true)
        })

        await start()
        await sleep(300)
        expect(agent.received.map((r) => r.event)).not.toContain(
          "ticket:created"
        )
      })

      it("stores and delivers each message once when the connection drops with messages in flight", async () => {
        const { data } = await start()
        const agent = await agentFor()
        const total = 40
        const bodies = Array.from(
          { length: total },
          (_, i) => `message ${i + 1}`
        )

        // first connection: fire everything, drop the line without waiting for acknowledgements
        const first = await visitorFor(data)
        bodies.forEach((body, i) =>
          first.socket.emit(
            "message:send",
            { client_id: `m-${i}`, body },
            () => undefined
          )
        )
        first.socket.disconnect()

        // second connection: resend every message not known to be stored, as the widget's outbox does
        const second = await visitorFor(data)
        const acks: SendAck[] = await Promise.all(
          bodies.map((body, i) =>
            second.socket.emitWithAck("message:send", {
              client_id: `m-${i}`,
              body,
            })
          )
        )
        expect(acks.every((a) => a.ok)).toBe(true)

        const stored = await helpdesk().listMessagesAfter(
          data.conversation.id,
          1
        )
        expect(stored).toHaveLength(total)
        expect(new Set(stored.map((m) => m.client_id)).size).toBe(total)
        expect(stored.map((m) => m.seq)).toEqual(
          Array.from({ length: total }, (_, i) => i + 2)
        )

        await eventually(() =>
          expect(
            agent.received.filter((r) => r.event === "message:new")
          ).toHaveLength(total)
        )
        const delivered = agent.received
          .filter((r) => r.event === "message:new")
          .map((r) => (r.payload as WireMessage).id)
        expect(new Set(delivered).size).toBe(total)
      })

      it("stores a burst of messages from one socket in the order they were sent", async () => {
        const { data } = await start()
        const visitor = await visitorFor(data)
        const ids = Array.from({ length: 30 }, (_, i) => `burst-${i}`)

        const acks: SendAck[] = await Promise.all(
          ids.map((client_id) =>
            visitor.socket.emitWithAck("message:send", {
              client_id,
              body: client_id,
            })
          )
        )

        expect(acks.map((a) => (a.ok ? a.message.seq : null))).toEqual(
          ids.map((_, i) => i + 2)
        )
        const stored = await helpdesk().listMessagesAfter(
          data.conversation.id,
          1
        )
        expect(stored.map((m) => m.client_id)).toEqual(ids)
      })

      it("answers a bad payload with an error code and stores nothing", async () => {
        const { data } = await start()
        const visitor = await visitorFor(data)
        const acks = await Promise.all([
          visitor.socket.emitWithAck("message:send", {
            client_id: "x",
            body: "",
          }),
          visitor.socket.emitWithAck("message:send", {
            client_id: "y",
            body: "x".repeat(5001),
          }),
          visitor.socket.emitWithAck("message:send", { body: "no id" }),
          visitor.socket.emitWithAck("replay", { after_seq: -1 }),
        ])
        expect(acks.map((a: SendAck) => (a.ok ? "ok" : a.error.code))).toEqual([
          "invalid_data",
          "invalid_data",
          "invalid_data",
          "invalid_data",
        ])
        expect(
          (
            await helpdesk().listAndCountHelpdeskMessages({
              ticket_id: data.conversation.id,
            })
          )[1]
        ).toBe(1)
      })
    })

    describe("a message the database refuses", () => {
      const TICKETS = 8
      const HONEST = 200

      /** Tickets with their visitor tokens, started the way the public route starts them. */
      const startTickets = async () =>
        Promise.all(
          Array.from({ length: TICKETS }, async (_, i) => {
            const { result } = await startConversationWorkflow(
              getContainer()
            ).run({
              input: {
                channel_id: channelId,
                name: `Visitor ${i}`,
                email: `visitor${i}@example.com`,
                subject: "Parcel",
                message: "Hello",
                client_id: `first-${i}`,
              },
            })
            const id = result.ticket.id as string
            return {
              id,
              token: helpdesk().issueToken("visitor", { t: id, c: channelId }),
            }
          })
        )

      /** The honest messages: the n-th goes to ticket n mod TICKETS. */
      const honest = Array.from({ length: HONEST }, (_, n) => ({
        ticket: n % TICKETS,
        client_id: `honest-${n}`,
        body: `Honest message ${n}`,
      }))

      /**
       * Every ticket holds its first message and its honest ones with seq 1, 2, 3…, in send
       * order where the sends were ordered (one socket, or one caller).
       */
      const expectStored = async (
        tickets: { id: string }[],
        { ordered = true } = {}
      ) => {
        for (const [i, ticket] of tickets.entries()) {
          const stored = await helpdesk().listMessagesAfter(ticket.id, 0)
          expect(stored.map((m) => m.seq)).toEqual(stored.map((_, k) => k + 1))
          const ids = stored.map((m) => m.client_id)
          const expected = [
            `first-${i}`,
            ...honest.filter((m) => m.ticket === i).map((m) => m.client_id),
          ]
          expect(ordered ? ids : [...ids].sort()).toEqual(
            ordered ? expected : [...expected].sort()
          )
        }
      }

      // A row PostgreSQL refuses for a reason of its own, past every validation.
      beforeEach(async () => {
        await dbConnection.raw(`
          create or replace function helpdesk_test_refuse_poison() returns trigger
            language plpgsql as $$
            begin
              if new.body like '%poison%' then
                raise exception 'this row is refused';
              end if;
              return new;
            end $$;
          create trigger helpdesk_test_refuse_poison before insert on helpdesk_message
            for each row execute function helpdesk_test_refuse_poison();
        `)
      })

      it("stores the 200 honest messages handed to the sender with one PostgreSQL cannot store (NUL), and refuses only that one", async () => {
        const tickets = await startTickets()
        const sender = visitorMessageSender(getRealtime(getContainer()))
        const submit = (m: {
          ticket: number
          client_id: string
          body: string
        }) =>
          sender.submit({
            ticket_id: tickets[m.ticket].id,
            client_id: m.client_id,
            body: m.body,
          })

        const results = await Promise.allSettled([
          ...honest.slice(0, 100).map(submit),
          submit({ ticket: 3, client_id: "nul", body: "a\u0000b" }),
          ...honest.slice(100).map(submit),
        ])

        expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(
          HONEST
        )
        expect(results[100].status).toBe("rejected")
        await expectStored(tickets)
      })

      it("acknowledges 200 honest socket messages across eight tickets and delivers them to the agent while a poisoned one is refused with a logged error id", async () => {
        const tickets = await startTickets()
        const { data } = await api.post(
          "/admin/helpdesk/realtime/token",
          {},
          admin.headers
        )
        const agent = track(connect(baseUrl(), "/agent", data.token))
        await agent.ready
        const visitors = await Promise.all(
          tickets.map(async (t) => {
            const client = track(
              connect(baseUrl(), "/visitor", t.token, { origin: STORE })
            )
            await client.ready
            return client
          })
        )
        const logger = getContainer().resolve("logger")
        const logged = jest.spyOn(logger, "error")

        const send = (m: { ticket: number; client_id: string; body: string }) =>
          visitors[m.ticket].socket.emitWithAck("message:send", {
            client_id: m.client_id,
            body: m.body,
          }) as Promise<SendAck>
        const acks = await Promise.all([
          ...honest.slice(0, 100).map(send),
          send({ ticket: 3, client_id: "poison", body: "a poison pill" }),
          ...honest.slice(100).map(send),
        ])
        const poisoned = acks.splice(100, 1)[0]

        expect(acks.filter((a) => a.ok)).toHaveLength(HONEST)
        expect(poisoned).toMatchObject({
          ok: false,
          error: {
            code: "internal",
            error_id: expect.stringMatching(/^hderr_/),
          },
        })
        const errorId = !poisoned.ok && poisoned.error.error_id
        const line = logged.mock.calls
          .map((c) => String(c[0]))
          .find((l) => l.includes(String(errorId)))
        expect(line).toContain("message:send")
        expect(line).toContain(tickets[3].id)
        expect(line).not.toContain("poison pill")
        logged.mockRestore()

        await expectStored(tickets)
        await eventually(() => {
          const delivered = agent.received.filter(
            (r) =>
              r.event === "message:new" &&
              String((r.payload as WireMessage).client_id).startsWith("honest-")
          )
          expect(delivered).toHaveLength(HONEST)
        })
      })

      it("answers the HTTP send of a poisoned message with an error id while the 200 honest ones around it are stored", async () => {
        const tickets = await startTickets()
        const post = (m: { ticket: number; client_id: string; body: string }) =>
          api
            .post(
              `/helpdesk/conversations/${tickets[m.ticket].id}/messages`,
              { client_id: m.client_id, body: m.body },
              bearer(tickets[m.ticket].token)
            )
            .then(
              (res: { status: number; data: Record<string, unknown> }) => ({
                status: res.status,
                data: res.data,
              }),
              (err: unknown) => ({
                status: failure(err).status,
                data: failure(err).data as Record<string, unknown>,
              })
            )

        // 20 requests in flight at a time, as many shoppers would send them
        const sends = [
          ...honest.slice(0, 100),
          { ticket: 5, client_id: "poison", body: "a poison pill" },
          ...honest.slice(100),
        ]
        const answers: Awaited<ReturnType<typeof post>>[] = []
        let next = 0
        await Promise.all(
          Array.from({ length: 20 }, async () => {
            while (next < sends.length) {
              const i = next++
              answers[i] = await post(sends[i])
            }
          })
        )
        const poisoned = answers.splice(100, 1)[0]

        expect(answers.map((a) => a.status)).toEqual(honest.map(() => 201))
        expect(poisoned.status).toBe(500)
        expect(poisoned.data).toMatchObject({
          error_id: expect.stringMatching(/^hderr_/),
          message: expect.stringContaining("error id"),
        })
        await expectStored(tickets, { ordered: false })
      })
    })
  },
})
