/**
 * Two Medusa instances behind one database and one Redis, as a load-balanced deployment runs
 * them: a shopper connected to instance A and an agent connected to instance B must talk live.
 * Both servers are real `medusa start` processes (scripts/lib/app.js). Redis is a private
 * `redis-server` (from PATH) on a free port, given to the helpdesk as HELPDESK_REDIS_URL: the
 * last tests stop it mid-chat and start it again.
 */
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import type { Socket } from "socket.io-client"
import {
  ensureAdminUser,
  login,
  migrate,
  startMedusa,
} from "../../scripts/lib/app"
import { ensurePostgres, findFreePort } from "../../scripts/lib/postgres"
import type {
  AgentJoinedEvent,
  SendAck,
  WireMessage,
} from "../../src/types/realtime"
import { call, events, startRedis } from "../helpers/cluster"
import { connect, eventually, sleep } from "../helpers/sockets"

jest.setTimeout(60 * 1000)

const EMAIL = "cluster@example.com"
const PASSWORD = "supersecret"
const STORE = "https://shop.example.com"
const ALWAYS_OPEN = Object.fromEntries(
  ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((day) => [
    day,
    [{ from: "00:00", to: "24:00" }],
  ])
)

type Server = Awaited<ReturnType<typeof startMedusa>>
type Postgres = Awaited<ReturnType<typeof ensurePostgres>>

describe("two instances sharing PostgreSQL and Redis", () => {
  let redis: Awaited<ReturnType<typeof startRedis>> | undefined
  let redisPort: number
  let pg: Postgres | undefined
  let dbName: string | undefined
  const servers: Server[] = []
  let a: Server
  let b: Server
  let adminToken: string
  let channelId: string
  let agent: ReturnType<typeof connect>
  const sockets: Socket[] = []
  const logDir = fs.mkdtempSync(
    path.join(os.tmpdir(), "medusa-helpdesk-cluster-")
  )

  const startConversation = async (n: number) => {
    const data = await call<{
      conversation: { id: string }
      visitor_token: string
    }>(a.url, `/helpdesk/channels/${channelId}/conversations`, {
      origin: STORE,
      body: {
        name: `Shopper ${n}`,
        email: `shopper${n}@example.com`,
        subject: "Where is my parcel?",
        message: "I ordered last week.",
        client_id: `first-${n}`,
      },
    })
    const visitor = connect(a.url, "/visitor", data.visitor_token, {
      origin: STORE,
    })
    sockets.push(visitor.socket)
    await visitor.ready
    return { ticketId: data.conversation.id, visitor }
  }

  beforeAll(async () => {
    redisPort = await findFreePort(16379)
    redis = await startRedis(redisPort)

    pg = await ensurePostgres({ probe: true, log: () => undefined })
    dbName = `hd_cluster_${process.pid}_${Date.now()}`
    await pg.createDatabase(dbName)
    const databaseUrl = pg.url(dbName)
    await migrate(databaseUrl, { logFile: path.join(logDir, "setup.log") })

    const portA = await findFreePort(9600)
    const portB = await findFreePort(portA + 1)
    // Medusa itself keeps its sessions in memory: only the helpdesk loses Redis below
    const env = {
      HELPDESK_REDIS_URL: redis.url,
      REDIS_URL: undefined,
      DISABLE_MEDUSA_ADMIN: "true",
    }
    const booted = await Promise.allSettled([
      startMedusa({
        port: portA,
        databaseUrl,
        env,
        logFile: path.join(logDir, "a.log"),
      }),
      startMedusa({
        port: portB,
        databaseUrl,
        env,
        logFile: path.join(logDir, "b.log"),
      }),
      ensureAdminUser(databaseUrl, EMAIL, PASSWORD, {
        logFile: path.join(logDir, "setup.log"),
      }),
    ])
    for (const result of booted.slice(0, 2)) {
      if (result.status === "fulfilled") {
        servers.push(result.value as Server)
      }
    }
    const failed = booted.find((r) => r.status === "rejected")
    if (failed) {
      throw (failed as PromiseRejectedResult).reason
    }
    ;[a, b] = servers
    expect(a.port).not.toBe(b.port)

    adminToken = await login(b.url, EMAIL, PASSWORD)
    const { channel } = await call<{ channel: { id: string } }>(
      b.url,
      "/admin/helpdesk/channels",
      {
        token: adminToken,
        body: { name: "Cluster", store_url: STORE, opening_hours: ALWAYS_OPEN },
      }
    )
    channelId = channel.id

    const { token } = await call<{ token: string }>(
      b.url,
      "/admin/helpdesk/realtime/token",
      {
        token: adminToken,
      }
    )
    agent = connect(b.url, "/agent", token)
    sockets.push(agent.socket)
    await agent.ready
  }, 420 * 1000)

  afterAll(async () => {
    sockets.forEach((s) => s.close())
    await Promise.all(servers.map((s) => s.stop()))
    if (pg && dbName) {
      await pg.dropDatabase(dbName).catch(() => undefined)
    }
    await pg?.stop()
    await redis?.kill()
    fs.rmSync(logDir, { recursive: true, force: true })
  }, 60 * 1000)

  it("announces a conversation started on instance A to the agent on instance B", async () => {
    const { ticketId } = await startConversation(1)

    await eventually(() =>
      expect(events(agent.received, "ticket:created")).toContainEqual({
        ticket: expect.objectContaining({
          id: ticketId,
          channel_id: channelId,
        }),
      })
    )
  })

  it("delivers a message the visitor sends on instance A to the agent on instance B", async () => {
    const { ticketId, visitor } = await startConversation(2)

    const ack: SendAck = await visitor.socket.emitWithAck("message:send", {
      client_id: "v-1",
      body: "Is anyone there?",
    })
    expect(ack).toEqual({
      ok: true,
      message: expect.objectContaining({ seq: 2 }),
    })

    await eventually(() =>
      expect(events(agent.received, "message:new")).toContainEqual(
        expect.objectContaining({
          id: ack.ok ? ack.message.id : "",
          ticket_id: ticketId,
          author_type: "customer",
          body: "Is anyone there?",
        })
      )
    )
  })

  it("delivers the agent's reply posted on instance B to the visitor on instance A", async () => {
    const { ticketId, visitor } = await startConversation(3)

    await call(b.url, `/admin/helpdesk/tickets/${ticketId}/messages`, {
      token: adminToken,
      body: { body: "Hello from the other instance" },
    })

    await eventually(() =>
      expect(events(visitor.received, "message:new")).toContainEqual(
        expect.objectContaining({
          ticket_id: ticketId,
          author_type: "agent",
          body: "Hello from the other instance",
        })
      )
    )
    const seqs = (events(visitor.received, "message:new") as WireMessage[]).map(
      (m) => m.seq
    )
    expect(seqs).toEqual([2])
  })

  it("tells the visitor on instance A that the agent opened the ticket on instance B", async () => {
    const { ticketId, visitor } = await startConversation(4)

    await call(b.url, `/admin/helpdesk/tickets/${ticketId}/open`, {
      token: adminToken,
    })

    await eventually(() => {
      const joined = events(
        visitor.received,
        "agent:joined"
      ) as AgentJoinedEvent[]
      expect(joined).toEqual([
        expect.objectContaining({
          ticket_id: ticketId,
          agent: expect.objectContaining({ id: expect.any(String) }),
          message: expect.objectContaining({
            kind: "event",
            ticket_id: ticketId,
          }),
        }),
      ])
    })
  })
  it("refuses a channel's old store origin on instance A as soon as instance B changes it", async () => {
    const { channel } = await call<{ channel: { id: string } }>(
      b.url,
      "/admin/helpdesk/channels",
      {
        token: adminToken,
        body: { name: "Moving", store_url: STORE, opening_hours: ALWAYS_OPEN },
      }
    )
    const configOnA = (origin: string) =>
      fetch(`${a.url}/helpdesk/channels/${channel.id}/widget-config`, {
        headers: { origin },
      }).then((res) => res.status)
    // A has the origin cached now
    expect(await configOnA(STORE)).toBe(200)

    const moved = "https://moved-shop.example.com"
    await call(b.url, `/admin/helpdesk/channels/${channel.id}`, {
      token: adminToken,
      body: { store_url: moved },
    })

    // well within the cache's 30 s: A was told, it did not wait for the entry to expire
    await eventually(async () => expect(await configOnA(STORE)).toBe(403), 3000)
    expect(await configOnA(moved)).toBe(200)
  })

  describe("when Redis goes away mid-chat", () => {
    const log = (server: "a" | "b") =>
      fs.readFileSync(path.join(logDir, `${server}.log`), "utf8")
    const count = (text: string, pattern: RegExp) =>
      text.split("\n").filter((line) => pattern.test(line)).length
    const WENT_AWAY = /Helpdesk: Redis at .* is unreachable/
    const CAME_BACK = /Helpdesk: Redis at .* is back/

    it("keeps chatting on one instance, says so once in its log, and fans out across instances again when Redis is back", async () => {
      const { ticketId, visitor } = await startConversation(5)
      const { token } = await call<{ token: string }>(
        a.url,
        "/admin/helpdesk/realtime/token",
        { token: adminToken }
      )
      const agentOnA = connect(a.url, "/agent", token)
      sockets.push(agentOnA.socket)
      await agentOnA.ready

      await redis!.kill()
      await eventually(() => expect(log("a")).toMatch(WENT_AWAY), 15_000)

      // the shopper and an agent on the same instance still talk, both ways
      const sent: SendAck = await visitor.socket
        .timeout(10_000)
        .emitWithAck("message:send", {
          client_id: "down-1",
          body: "Still there?",
        })
      expect(sent).toEqual({
        ok: true,
        message: expect.objectContaining({ seq: 2 }),
      })
      await eventually(() =>
        expect(events(agentOnA.received, "message:new")).toContainEqual(
          expect.objectContaining({ ticket_id: ticketId, body: "Still there?" })
        )
      )
      await call(a.url, `/admin/helpdesk/tickets/${ticketId}/messages`, {
        token: adminToken,
        body: { body: "Yes, on this instance" },
      })
      await eventually(() =>
        expect(events(visitor.received, "message:new")).toContainEqual(
          expect.objectContaining({ body: "Yes, on this instance" })
        )
      )
      // new chats start too (their limit is counted in this instance meanwhile)
      await startConversation(6)
      expect(count(log("a"), WENT_AWAY)).toBe(1)

      redis = await startRedis(redisPort)
      await eventually(() => {
        expect(log("a")).toMatch(CAME_BACK)
        expect(log("b")).toMatch(CAME_BACK)
      }, 20_000)

      // both instances resubscribe on their own; keep sending until B hears A again
      let n = 0
      await eventually(async () => {
        const body = `After the outage ${++n}`
        await visitor.socket.emitWithAck("message:send", {
          client_id: `up-${n}`,
          body,
        })
        await sleep(200)
        expect(events(agent.received, "message:new")).toContainEqual(
          expect.objectContaining({ ticket_id: ticketId, body })
        )
      }, 20_000)
      expect(count(log("a"), WENT_AWAY)).toBe(1)
    }, 120_000)
  })
})
