import type { ICacheService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createHmac } from "node:crypto"
import type { Socket } from "socket.io-client"
import { HELPDESK_MODULE } from "../../src/modules/helpdesk"
import type HelpdeskModuleService from "../../src/modules/helpdesk/service"
import type { RealtimeError, TypingAck } from "../../src/types/realtime"
import { createAdminSession, type AdminSession } from "../helpers/admin-user"
import { connect, sleep } from "../helpers/sockets"

jest.setTimeout(120 * 1000)

const STORE = "https://shop.example.com"
const ALWAYS_OPEN = Object.fromEntries(
  ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((d) => [
    d,
    [{ from: "00:00", to: "24:00" }],
  ])
)
// small limits, so that spending one takes a handful of requests
const LIMITS = { agentMessages: 5, replays: 5, typing: 5, connections: 40 }

type HttpFailure = {
  status: number
  headers: Record<string, string>
  data: { type: string; message: string }
}
const failure = (err: unknown) => (err as { response: HttpFailure }).response

/** A correctly signed token without `exp`, as an old or hand-made one would be. */
function tokenWithoutExpiry(
  kind: "agent" | "identity",
  claims: Record<string, string>
) {
  const body = Buffer.from(JSON.stringify(claims)).toString("base64url")
  const signature = createHmac("sha256", "supersecret")
    .update(`${kind}.${body}`)
    .digest("base64url")
  return `${kind}.${body}.${signature}`
}

// Set before the runner loads medusa-config (its `env` option comes too late for module
// options); jest gives every spec file its own process.env.
Object.assign(process.env, {
  HELPDESK_RATE_LIMIT_AGENT_MESSAGES: `${LIMITS.agentMessages}/60`,
  HELPDESK_RATE_LIMIT_REPLAYS: `${LIMITS.replays}/60`,
  HELPDESK_RATE_LIMIT_TYPING: `${LIMITS.typing}/10`,
  HELPDESK_RATE_LIMIT_CONNECTIONS: `${LIMITS.connections}/60`,
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
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
        { name: "Sklep", store_url: STORE, opening_hours: ALWAYS_OPEN },
        admin.headers
      )
      channelId = data.channel.id
    })

    afterEach(() => {
      sockets.splice(0).forEach((s) => s.close())
    })

    const start = (
      overrides: Record<string, unknown> = {},
      headers: Record<string, string> = {}
    ) =>
      api.post(
        `/helpdesk/channels/${channelId}/conversations`,
        {
          name: "Jan Kowalski",
          email: "jan@example.com",
          subject: "Where is my parcel?",
          message: "I ordered last week.",
          client_id: "first-1",
          ...overrides,
        },
        { headers: { origin: STORE, ...headers } }
      )
    const ticketCount = async () =>
      (await helpdesk().listAndCountHelpdeskTickets())[1]
    const visitorFor = async (data: { visitor_token: string }) => {
      const client = track(
        connect(baseUrl(), "/visitor", data.visitor_token, { origin: STORE })
      )
      await client.ready
      return client
    }
    const agentFor = async () => {
      const { data } = await api.post(
        "/admin/helpdesk/realtime/token",
        {},
        admin.headers
      )
      const client = track(connect(baseUrl(), "/agent", data.token))
      await client.ready
      return client
    }

    describe("new chats per address", () => {
      it("ignores X-Forwarded-For when no proxy is trusted, so a new address per request does not lift the limit", async () => {
        for (let i = 0; i < 10; i++) {
          await start(
            { client_id: `c-${i}` },
            { "x-forwarded-for": `198.51.100.${i + 1}` }
          )
        }
        const res = await start(
          { client_id: "c-10" },
          { "x-forwarded-for": "198.51.100.99" }
        ).catch(failure)

        expect(res.status).toBe(429)
        expect(Number(res.headers["retry-after"])).toBeGreaterThan(0)
        expect(await ticketCount()).toBe(10)
      })

      it("spends the quota only on chats that were started: refused requests and starts on a missing channel leave all ten starts", async () => {
        const refused: number[] = []
        for (let i = 0; i < 5; i++) {
          refused.push(
            (await start({ email: "not-an-email" }).catch(failure)).status
          )
          refused.push(
            (
              await start({
                identity_token: tokenWithoutExpiry("identity", {
                  cu: "cus_1",
                }),
              }).catch(failure)
            ).status
          )
        }
        expect(refused).toEqual(Array(10).fill(400))
        // ten starts on a channel that does not exist
        const missing: number[] = []
        for (let i = 0; i < 10; i++) {
          missing.push(
            (
              await api
                .post(
                  `/helpdesk/channels/hdch_missing${i}/conversations`,
                  {
                    name: "Jan Kowalski",
                    email: "jan@example.com",
                    subject: "Where is my parcel?",
                    message: "I ordered last week.",
                    client_id: `missing-${i}`,
                  },
                  { headers: { origin: STORE } }
                )
                .catch(failure)
            ).status
          )
        }
        expect(missing.every((status) => status >= 400 && status < 500)).toBe(
          true
        )

        const started: number[] = []
        for (let i = 0; i < 10; i++) {
          started.push((await start({ client_id: `c-${i}` })).status)
        }
        expect(started).toEqual(Array(10).fill(201))
        const eleventh = await start({ client_id: "c-10" }).catch(failure)
        expect(eleventh.status).toBe(429)
      })
    })

    describe("sockets", () => {
      it("relays a socket's typing only up to its limit and tells the sender when to try again", async () => {
        const { data } = await start()
        const visitor = await visitorFor(data)
        const agent = await agentFor()
        await agent.socket.emitWithAck("ticket:watch", {
          ticket_id: data.conversation.id,
        })

        const acks: TypingAck[] = []
        for (let i = 0; i < LIMITS.typing + 5; i++) {
          acks.push(
            await visitor.socket.emitWithAck("typing", { typing: i % 2 === 0 })
          )
        }

        expect(acks.slice(0, LIMITS.typing)).toEqual(
          Array(LIMITS.typing).fill({ ok: true })
        )
        expect(acks[LIMITS.typing]).toEqual({
          ok: false,
          error: expect.objectContaining({
            code: "rate_limited",
            retry_after: expect.any(Number),
          }),
        })
        await sleep(300)
        const relayed = agent.received.filter((r) => r.event === "typing")
        expect(relayed).toHaveLength(LIMITS.typing)

        // the agent's own socket has a limit of its own, not the visitor's
        const agentAcks: TypingAck[] = []
        for (let i = 0; i < LIMITS.typing + 1; i++) {
          agentAcks.push(
            await agent.socket.emitWithAck("typing", {
              ticket_id: data.conversation.id,
              typing: true,
            })
          )
        }
        expect(agentAcks.filter((a) => a.ok)).toHaveLength(LIMITS.typing)
        expect(agentAcks.at(-1)).toEqual({
          ok: false,
          error: expect.objectContaining({ code: "rate_limited" }),
        })
      })

      it("limits a visitor's replays on the socket and over HTTP together", async () => {
        const { data } = await start()
        const visitor = await visitorFor(data)

        for (let i = 0; i < LIMITS.replays - 1; i++) {
          const ack = await visitor.socket.emitWithAck("replay", {
            after_seq: 0,
          })
          expect(ack.ok).toBe(true)
        }
        const lastAllowed = await api.get(
          `/helpdesk/conversations/${data.conversation.id}/messages?after_seq=0`,
          {
            headers: {
              authorization: `Bearer ${data.visitor_token}`,
              origin: STORE,
            },
          }
        )
        expect(lastAllowed.status).toBe(200)

        const refused = await visitor.socket.emitWithAck("replay", {
          after_seq: 0,
        })
        expect(refused).toEqual({
          ok: false,
          error: expect.objectContaining({
            code: "rate_limited",
            retry_after: expect.any(Number),
          }),
        })
        const overHttp = await api
          .get(
            `/helpdesk/conversations/${data.conversation.id}/messages?after_seq=0`,
            {
              headers: {
                authorization: `Bearer ${data.visitor_token}`,
                origin: STORE,
              },
            }
          )
          .catch(failure)
        expect(overHttp.status).toBe(429)
        expect(Number(overHttp.headers["retry-after"])).toBeGreaterThan(0)
      })

      it("limits an agent's replays and sends, socket and HTTP together, and stores nothing refused", async () => {
        const { data } = await start()
        const ticketId = data.conversation.id
        const agent = await agentFor()

        for (let i = 0; i < LIMITS.replays; i++) {
          await api.get(
            `/admin/helpdesk/tickets/${ticketId}/messages`,
            admin.headers
          )
        }
        const replay = await agent.socket.emitWithAck("replay", {
          ticket_id: ticketId,
          after_seq: 0,
        })
        expect(replay).toEqual({
          ok: false,
          error: expect.objectContaining({ code: "rate_limited" }),
        })
        const replayOverHttp = await api
          .get(`/admin/helpdesk/tickets/${ticketId}/messages`, admin.headers)
          .catch(failure)
        expect(replayOverHttp.status).toBe(429)

        for (let i = 0; i < LIMITS.agentMessages - 1; i++) {
          const ack = await agent.socket.emitWithAck("message:send", {
            ticket_id: ticketId,
            client_id: `a-${i}`,
            body: `Reply ${i}`,
          })
          expect(ack.ok).toBe(true)
        }
        await api.post(
          `/admin/helpdesk/tickets/${ticketId}/messages`,
          { body: "One more over HTTP" },
          admin.headers
        )
        const refused = await agent.socket.emitWithAck("message:send", {
          ticket_id: ticketId,
          client_id: "a-over",
          body: "Too many",
        })
        expect(refused).toEqual({
          ok: false,
          error: expect.objectContaining({
            code: "rate_limited",
            retry_after: expect.any(Number),
          }),
        })
        const overHttp = await api
          .post(
            `/admin/helpdesk/tickets/${ticketId}/messages`,
            { body: "Too many" },
            admin.headers
          )
          .catch(failure)
        expect(overHttp.status).toBe(429)
        expect(Number(overHttp.headers["retry-after"])).toBeGreaterThan(0)

        const [, stored] = await helpdesk().listAndCountHelpdeskMessages({
          ticket_id: ticketId,
          author_type: "agent",
        })
        expect(stored).toBe(LIMITS.agentMessages)
      })

      it("refuses an agent token that carries no expiry", async () => {
        const token = tokenWithoutExpiry("agent", { u: admin.user.id })
        const agent = track(connect(baseUrl(), "/agent", token))
        await expect(agent.ready).rejects.toThrow(/unauthorized/)
      })
    })

    describe("the channel origins cache", () => {
      it("keeps existing channels in Medusa's cache module and nothing for made-up ids", async () => {
        const cache = getContainer().resolve<ICacheService>(Modules.CACHE)
        await api.get(`/helpdesk/channels/${channelId}/widget-config`, {
          headers: { origin: STORE },
        })
        expect(await cache.get(`helpdesk:channel-origin:${channelId}`)).toEqual(
          { store_origin: STORE }
        )

        const madeUp = Array.from({ length: 20 }, (_, i) => `hdch_madeup${i}`)
        for (const id of madeUp) {
          const res = await api
            .get(`/helpdesk/channels/${id}/widget-config`, {
              headers: { origin: STORE },
            })
            .catch(failure)
          expect(res.status).toBeGreaterThanOrEqual(400)
          expect(res.status).toBeLessThan(500)
        }
        for (const id of madeUp) {
          expect(await cache.get(`helpdesk:channel-origin:${id}`)).toBeNull()
        }
      })

      it("refuses the old store origin as soon as the channel's store_url changes", async () => {
        const config = () =>
          api
            .get(`/helpdesk/channels/${channelId}/widget-config`, {
              headers: { origin: STORE },
            })
            .catch(failure)
        expect((await config()).status).toBe(200)

        await api.post(
          `/admin/helpdesk/channels/${channelId}`,
          { store_url: "https://new-shop.example.com" },
          admin.headers
        )

        expect((await config()).status).toBe(403)
      })
    })

    // Last in the file: it spends the address's handshakes for the rest of the minute.
    describe("socket handshakes per address", () => {
      it("refuses handshakes past the limit with rate_limited and a retry time, whatever X-Forwarded-For says", async () => {
        const { data } = await start()
        let refusal: (Error & { data?: RealtimeError }) | undefined
        let attempts = 0
        while (!refusal && attempts < LIMITS.connections + 1) {
          attempts++
          const visitor = track(
            connect(baseUrl(), "/visitor", data.visitor_token, {
              origin: STORE,
              headers: { "x-forwarded-for": `198.51.100.${attempts}` },
            })
          )
          refusal = await visitor.ready.then(
            () => {
              visitor.socket.close()
              return undefined
            },
            (err: Error & { data?: RealtimeError }) => err
          )
        }

        expect(refusal?.data).toEqual(
          expect.objectContaining({
            code: "rate_limited",
            retry_after: expect.any(Number),
          })
        )
        expect(attempts).toBeLessThanOrEqual(LIMITS.connections + 1)
        // the other namespace shares the address's count
        const agent = track(connect(baseUrl(), "/agent", "agent.e30.nope"))
        await expect(agent.ready).rejects.toThrow(/Too many connections/)
      })
    })
  },
})
