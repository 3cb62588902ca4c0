/**
 * Medusa split into a `server` instance (HTTP and sockets, no subscribers) and a `worker`
 * instance (subscribers and jobs, no HTTP API, no socket server), on one database and one Redis
 * with the production Redis modules, so events reach the worker as they do in production.
 * What the worker publishes (a classification's ticket update, an automation's autoresponse,
 * a channel access change) must reach the shoppers and agents connected to the server.
 * Both are real `medusa start` processes (scripts/lib/app.js).
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
  SendAck,
  WireConversation,
  WireTicket,
} from "../../src/types/realtime"
import { call, events, startRedis } from "../helpers/cluster"
import { connect, eventually, sleep } from "../helpers/sockets"

jest.setTimeout(60 * 1000)

const EMAIL = "server-worker@example.com"
const PASSWORD = "supersecret"
const STORE = "https://shop.example.com"
const ALWAYS_OPEN = Object.fromEntries(
  ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((day) => [
    day,
    [{ from: "00:00", to: "24:00" }],
  ])
)

type Server = Awaited<ReturnType<typeof startMedusa>>

describe("a server instance and a worker instance sharing PostgreSQL and Redis", () => {
  let redis: Awaited<ReturnType<typeof startRedis>> | undefined
  let pg: Awaited<ReturnType<typeof ensurePostgres>> | undefined
  let dbName: string | undefined
  const instances: Server[] = []
  let server: Server
  let adminToken: string
  let channelId: string
  let agent: ReturnType<typeof connect>
  const sockets: Socket[] = []
  const logDir = fs.mkdtempSync(
    path.join(os.tmpdir(), "medusa-helpdesk-server-worker-")
  )
  const log = (name: "server" | "worker") =>
    fs.readFileSync(path.join(logDir, `${name}.log`), "utf8")

  const startConversation = async (n: number, channel = channelId) => {
    const data = await call<{
      conversation: { id: string }
      visitor_token: string
    }>(server.url, `/helpdesk/channels/${channel}/conversations`, {
      origin: STORE,
      body: {
        name: `Shopper ${n}`,
        email: `shopper${n}@example.com`,
        subject: "Where is my parcel?",
        message: "I ordered last week.",
        client_id: `first-${n}`,
      },
    })
    const visitor = connect(server.url, "/visitor", data.visitor_token, {
      origin: STORE,
    })
    sockets.push(visitor.socket)
    await visitor.ready
    return { ticketId: data.conversation.id, visitor }
  }

  beforeAll(async () => {
    redis = await startRedis(await findFreePort(16479))

    pg = await ensurePostgres({ probe: true, log: () => undefined })
    dbName = `hd_server_worker_${process.pid}_${Date.now()}`
    await pg.createDatabase(dbName)
    const databaseUrl = pg.url(dbName)
    await migrate(databaseUrl, { logFile: path.join(logDir, "setup.log") })

    const serverPort = await findFreePort(9700)
    const workerPort = await findFreePort(serverPort + 1)
    // the production set-up: Medusa's event bus, workflow engine and locking in Redis, so
    // the server's events are handled by the worker alone
    const env = {
      REDIS_URL: redis.url,
      HELPDESK_REDIS_URL: redis.url,
      HELPDESK_REDIS_MODULES: "true",
      DISABLE_MEDUSA_ADMIN: "true",
    }
    const booted = await Promise.allSettled([
      startMedusa({
        port: serverPort,
        databaseUrl,
        env: { ...env, MEDUSA_WORKER_MODE: "server" },
        logFile: path.join(logDir, "server.log"),
      }),
      startMedusa({
        port: workerPort,
        databaseUrl,
        env: { ...env, MEDUSA_WORKER_MODE: "worker" },
        logFile: path.join(logDir, "worker.log"),
      }),
      ensureAdminUser(databaseUrl, EMAIL, PASSWORD, {
        logFile: path.join(logDir, "setup.log"),
      }),
    ])
    for (const result of booted.slice(0, 2)) {
      if (result.status === "fulfilled") {
        instances.push(result.value as Server)
      }
    }
    const failed = booted.find((r) => r.status === "rejected")
    if (failed) {
      throw (failed as PromiseRejectedResult).reason
    }
    server = instances[0]

    adminToken = await login(server.url, EMAIL, PASSWORD)
    const { channel } = await call<{ channel: { id: string } }>(
      server.url,
      "/admin/helpdesk/channels",
      {
        token: adminToken,
        body: { name: "Shop", store_url: STORE, opening_hours: ALWAYS_OPEN },
      }
    )
    channelId = channel.id

    const { token } = await call<{ token: string }>(
      server.url,
      "/admin/helpdesk/realtime/token",
      { token: adminToken }
    )
    agent = connect(server.url, "/agent", token)
    sockets.push(agent.socket)
    await agent.ready
  }, 420 * 1000)

  afterAll(async () => {
    sockets.forEach((s) => s.close())
    await Promise.all(instances.map((s) => s.stop()))
    if (pg && dbName) {
      await pg.dropDatabase(dbName).catch(() => undefined)
    }
    await pg?.stop()
    await redis?.kill()
    fs.rmSync(logDir, { recursive: true, force: true })
  }, 60 * 1000)

  it("says at start that the worker publishes through Redis and the server through its socket server", () => {
    expect(log("worker")).toMatch(
      /Helpdesk: this worker has no socket server; its live events reach shoppers and agents through Redis at redis:\/\/127\.0\.0\.1:\d+/
    )
    expect(log("server")).not.toMatch(/Helpdesk: this worker/)
  })

  it("delivers the ticket update the worker makes after labelling a shopper's message to the shopper and the agent on the server", async () => {
    const { ticketId, visitor } = await startConversation(1)

    const ack: SendAck = await visitor.socket.emitWithAck("message:send", {
      client_id: "angry-1",
      body: "This is unacceptable! The parcel arrived broken and nobody answers. I want a refund now!",
    })
    expect(ack).toEqual({ ok: true, message: expect.anything() })

    // the classifier runs in the worker's subscriber; the server runs no subscribers
    await eventually(() => {
      expect(events(agent.received, "ticket:updated")).toContainEqual({
        ticket: expect.objectContaining({
          id: ticketId,
          sentiment: "negative",
        }),
      })
      expect(
        (
          events(visitor.received, "ticket:updated") as {
            conversation: WireConversation
          }[]
        ).map((e) => e.conversation.id)
      ).toContain(ticketId)
    }, 30_000)
    // exactly what the server's own socket server sends: the conversation, nothing internal
    const [update] = events(visitor.received, "ticket:updated") as {
      conversation: WireConversation & Partial<WireTicket>
    }[]
    expect(Object.keys(update)).toEqual(["conversation"])
    expect(update.conversation).toEqual({
      id: ticketId,
      number: expect.any(Number),
      subject: "Where is my parcel?",
      status: expect.any(String),
      channel_id: channelId,
      customer_name: "Shopper 1",
      customer_email: "shopper1@example.com",
      agent_name: null,
      created_at: expect.any(String),
    })
  }, 60_000)

  it("moves the agent on the server into a channel created there, after the worker handled the change", async () => {
    const { channel } = await call<{ channel: { id: string } }>(
      server.url,
      "/admin/helpdesk/channels",
      {
        token: adminToken,
        body: {
          name: "Second shop",
          store_url: STORE,
          opening_hours: ALWAYS_OPEN,
        },
      }
    )

    // the room refresh comes from the worker's subscriber (channel created), through Redis;
    // until it arrives the new channel's tickets do not reach the agent, so keep starting
    // conversations until one does
    let n = 100
    await eventually(async () => {
      const { ticketId } = await startConversation(++n, channel.id)
      await sleep(300)
      expect(events(agent.received, "ticket:created")).toContainEqual({
        ticket: expect.objectContaining({
          id: ticketId,
          channel_id: channel.id,
        }),
      })
    }, 20_000)
  }, 60_000)

  it("delivers an automation's autoresponse made in the worker to the shopper on the server", async () => {
    const { channel } = await call<{ channel: { id: string } }>(
      server.url,
      "/admin/helpdesk/channels",
      {
        token: adminToken,
        body: {
          name: "Answered shop",
          store_url: STORE,
          opening_hours: ALWAYS_OPEN,
        },
      }
    )
    await call(server.url, "/admin/helpdesk/automation-rules", {
      token: adminToken,
      body: {
        name: "Thank every message",
        trigger: "customer_message",
        conditions: {
          match: "all",
          predicates: [
            { field: "channel_id", operator: "is", value: channel.id },
          ],
        },
        actions: [
          { type: "send_autoresponse", body: "Thanks, {customer.first_name}!" },
        ],
      },
    })
    const { ticketId, visitor } = await startConversation(200, channel.id)

    const ack: SendAck = await visitor.socket.emitWithAck("message:send", {
      client_id: "asks-1",
      body: "Is my parcel on its way?",
    })
    expect(ack).toEqual({ ok: true, message: expect.anything() })

    // the rules run in the worker's subscriber, after the message is labelled there
    await eventually(
      () =>
        expect(events(visitor.received, "message:new")).toContainEqual(
          expect.objectContaining({
            ticket_id: ticketId,
            author_type: "automation",
            kind: "message",
            body: expect.stringMatching(/^Thanks, /),
          })
        ),
      30_000
    )
  }, 60_000)
})
