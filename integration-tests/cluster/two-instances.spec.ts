/**
 * Two Medusa instances behind one database and one Redis, as a load-balanced deployment runs
 * them: a shopper connected to instance A and an agent connected to instance B must talk live.
 * Both servers are real `medusa start` processes (scripts/lib/app.js). Redis: REDIS_URL when
 * set; otherwise redis://127.0.0.1:6379 when it answers, else a private `redis-server` (from
 * PATH) on a free port.
 */
import { spawn, type ChildProcess } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import Redis from "ioredis"
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
import { connect, eventually, type Received } from "../helpers/sockets"

jest.setTimeout(60 * 1000)

const DEFAULT_REDIS_URL = "redis://127.0.0.1:6379"
const EMAIL = "cluster@example.com"
const PASSWORD = "supersecret"
const STORE = "https://shop.example.com"
const ALWAYS_OPEN = Object.fromEntries(
  ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((day) => [
    day,
    [{ from: "00:00", to: "24:00" }],
  ])
)

async function redisAnswers(url: string): Promise<boolean> {
  const redis = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  })
  redis.on("error", () => undefined)
  try {
    await redis.connect()
    return (await redis.ping()) === "PONG"
  } catch {
    return false
  } finally {
    redis.disconnect()
  }
}

/** The Redis both instances share, and a way to stop it when this file started it. */
async function findRedis(): Promise<{
  url: string
  stop: () => Promise<unknown>
}> {
  if (process.env.REDIS_URL) {
    if (!(await redisAnswers(process.env.REDIS_URL))) {
      throw new Error(
        `REDIS_URL is set to ${process.env.REDIS_URL}, but nothing answers there`
      )
    }
    return { url: process.env.REDIS_URL, stop: async () => undefined }
  }
  if (await redisAnswers(DEFAULT_REDIS_URL)) {
    return { url: DEFAULT_REDIS_URL, stop: async () => undefined }
  }
  const port = await findFreePort(16379)
  const child: ChildProcess = spawn(
    "redis-server",
    [
      "--port",
      String(port),
      "--bind",
      "127.0.0.1",
      "--save",
      "",
      "--appendonly",
      "no",
    ],
    { stdio: "ignore" }
  )
  const exited = new Promise((resolve) => child.once("exit", resolve))
  const spawned = await new Promise<boolean>((resolve) => {
    child.once("spawn", () => resolve(true))
    child.once("error", () => resolve(false))
  })
  if (!spawned) {
    throw new Error(
      `these tests need Redis: set REDIS_URL, run one on ${DEFAULT_REDIS_URL}, or put redis-server on PATH`
    )
  }
  const url = `redis://127.0.0.1:${port}`
  const until = Date.now() + 10_000
  while (!(await redisAnswers(url))) {
    if (Date.now() > until) {
      child.kill("SIGKILL")
      throw new Error(`redis-server on port ${port} did not answer within 10 s`)
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return {
    url,
    stop: async () => {
      child.kill("SIGTERM")
      await exited
    },
  }
}

type Server = Awaited<ReturnType<typeof startMedusa>>
type Postgres = Awaited<ReturnType<typeof ensurePostgres>>

async function call<T = Record<string, unknown>>(
  url: string,
  route: string,
  {
    token,
    body,
    origin,
  }: { token?: string; body?: unknown; origin?: string } = {}
): Promise<T> {
  const res = await fetch(`${url}${route}`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(origin ? { origin } : {}),
    },
    body: JSON.stringify(body ?? {}),
  })
  const data = await res.json().catch(() => ({}))
  if (!res.ok) {
    throw new Error(
      `POST ${route} answered ${res.status}: ${JSON.stringify(data)}`
    )
  }
  return data as T
}

const events = (received: Received[], name: string) =>
  received.filter((r) => r.event === name).map((r) => r.payload)

describe("two instances sharing PostgreSQL and Redis", () => {
  let redis: Awaited<ReturnType<typeof findRedis>> | undefined
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
    redis = await findRedis()

    pg = await ensurePostgres({ probe: true, log: () => undefined })
    dbName = `hd_cluster_${process.pid}_${Date.now()}`
    await pg.createDatabase(dbName)
    const databaseUrl = pg.url(dbName)
    await migrate(databaseUrl, { logFile: path.join(logDir, "setup.log") })

    const portA = await findFreePort(9600)
    const portB = await findFreePort(portA + 1)
    const env = { REDIS_URL: redis.url, DISABLE_MEDUSA_ADMIN: "true" }
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
  }, 240 * 1000)

  afterAll(async () => {
    sockets.forEach((s) => s.close())
    await Promise.all(servers.map((s) => s.stop()))
    if (pg && dbName) {
      await pg.dropDatabase(dbName).catch(() => undefined)
    }
    await pg?.stop()
    await redis?.stop()
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
})
