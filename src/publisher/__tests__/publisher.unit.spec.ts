import { EventEmitter } from "node:events"
import type Redis from "ioredis"
import type { WireMessage, WireTicket } from "../../types/realtime"
import { RoomPublisher, silentPublisher, type Broadcaster } from "../publisher"
import { RedisEmitterPublisher } from "../redis-emitter"
import {
  configurePublisherRedis,
  provideSocketServer,
  publisherKind,
  resetRealtimePublisher,
  resolveRealtimePublisher,
} from "../registry"

// the adapter's and the emitter's wire format (a dependency of both)
// eslint-disable-next-line @typescript-eslint/no-require-imports -- notepack.io ships no types
const { decode } = require("notepack.io") as { decode(b: Buffer): unknown }

const logger = { warn: jest.fn(), info: jest.fn() }
// never reached: the registry is only asked which publisher to hand out
const container = {} as Parameters<typeof resolveRealtimePublisher>[0]

const message = (kind: WireMessage["kind"]): WireMessage => ({
  id: "hdm_1",
  ticket_id: "hdt_1",
  seq: 2,
  client_id: "c-1",
  author_type: "agent",
  author_name: "Anna",
  body: "Hello",
  kind,
  created_at: "2026-12-01T10:00:00.000Z",
  attachments: [],
})

const ticket = {
  id: "hdt_1",
  number: 7,
  subject: "Parcel",
  status: "open",
  channel_id: "hdc_1",
  customer_name: "Jan",
  customer_email: "jan@example.com",
  agent_name: null,
  created_at: "2026-12-01T09:00:00.000Z",
  priority: "normal",
  assignee_id: null,
  inbox_id: null,
  team_id: null,
  last_message_at: null,
  last_message_author: null,
  sentiment: "negative",
  sentiment_flags: null,
  context: null,
} as unknown as WireTicket

/** A Redis client that keeps what is published, and the emitter's requests. */
function recordingRedis() {
  const client = Object.assign(new EventEmitter(), {
    options: { enableOfflineQueue: true },
    published: [] as { channel: string; message: string | Buffer }[],
    publish: async (channel: string, message: string | Buffer) => {
      client.published.push({ channel, message })
      return 1
    },
    disconnect: () => undefined,
  })
  return client
}

/** Broadcasts as the emitter's Redis messages say: namespace, rooms, except, event, payload. */
function broadcasts(client: ReturnType<typeof recordingRedis>) {
  return client.published
    .filter(({ channel }) => !channel.includes("-request#"))
    .map(({ channel, message }) => {
      const [, packet, opts] = decode(message as Buffer) as [
        string,
        { nsp: string; data: unknown[] },
        { rooms: string[]; except: string[] },
      ]
      return {
        channel,
        nsp: packet.nsp,
        rooms: opts.rooms,
        except: opts.except,
        data: packet.data,
      }
    })
}

/** What a socket.io namespace is asked to do, as the same records. */
function recordingNamespace(nsp: string, into: unknown[]): Broadcaster {
  const operator = (rooms: string[], except: string[]): Broadcaster => ({
    to: (room) => operator([...rooms, ...[room].flat()], except),
    except: (room) => operator(rooms, [...except, ...[room].flat()]),
    emit: (event, ...args) => {
      into.push({ nsp, rooms, except, data: [event, ...args] })
      return true
    },
  })
  return operator([], [])
}

describe("publisherKind", () => {
  it.each([
    [true, "redis://r:6379", "socket-server"],
    [true, undefined, "socket-server"],
    [false, "redis://r:6379", "redis-emitter"],
    [false, undefined, "none"],
  ] as const)(
    "with a socket server: %s and Redis %s, publishes through %s",
    (hasSocketServer, redisUrl, kind) => {
      expect(publisherKind({ hasSocketServer, redisUrl })).toBe(kind)
    }
  )
})

describe("resolveRealtimePublisher", () => {
  afterEach(() => resetRealtimePublisher())

  it("hands out this process's socket server when it has one, even with Redis", () => {
    const own = new RoomPublisher(
      {
        visitors: recordingNamespace("/visitor", []),
        agents: recordingNamespace("/agent", []),
      },
      async () => undefined
    )
    configurePublisherRedis("redis://127.0.0.1:1", logger)
    provideSocketServer(() => own)
    expect(resolveRealtimePublisher(container)).toBe(own)
  })

  it("hands out one Redis emitter when the process has no socket server but Redis", () => {
    configurePublisherRedis("redis://127.0.0.1:1", logger)
    const first = resolveRealtimePublisher(container)
    expect(first).toBeInstanceOf(RedisEmitterPublisher)
    expect(resolveRealtimePublisher(container)).toBe(first)
  })

  it("publishes nothing without a socket server and without Redis", async () => {
    configurePublisherRedis(undefined, logger)
    const publisher = resolveRealtimePublisher(container)
    expect(publisher).toBe(silentPublisher)
    publisher.publishMessage(ticket, message("message"))
    await expect(publisher.refreshAgentRooms()).resolves.toBeUndefined()
  })
})

describe("RoomPublisher", () => {
  it("points shoppers at the visitor route of a message's files and agents at the admin route", () => {
    const sent: { nsp: string; data: unknown[] }[] = []
    const publisher = new RoomPublisher(
      {
        visitors: recordingNamespace("/visitor", sent),
        agents: recordingNamespace("/agent", sent),
      },
      async () => undefined
    )
    const file = {
      id: "hdatt_1",
      name: "mug.jpg",
      mime_type: "image/jpeg" as const,
      size: 10,
      url: "/helpdesk/conversations/hdt_1/attachments/hdatt_1",
    }
    publisher.publishMessage(ticket, {
      ...message("message"),
      attachments: [file],
    })
    const urls = Object.fromEntries(
      sent.map(({ nsp, data }) => [
        nsp,
        (data[1] as WireMessage).attachments.map((a) => a.url),
      ])
    )
    expect(urls).toEqual({
      "/visitor": ["/helpdesk/conversations/hdt_1/attachments/hdatt_1"],
      "/agent": ["/admin/helpdesk/tickets/hdt_1/attachments/hdatt_1"],
    })
  })
})

describe("RedisEmitterPublisher", () => {
  const publishEverything = (publisher: RoomPublisher) => {
    publisher.publishMessage(ticket, message("message"), "socket-1")
    publisher.publishMessage(ticket, message("note"))
    publisher.publishTicketCreated(ticket)
    publisher.publishTicketUpdated(ticket, {
      id: ticket.id,
      number: ticket.number,
      subject: ticket.subject,
      status: ticket.status,
      channel_id: ticket.channel_id,
      customer_name: ticket.customer_name,
      customer_email: ticket.customer_email,
      agent_name: null,
      created_at: ticket.created_at,
    })
    publisher.publishAgentJoined("hdc_1", {
      ticket_id: "hdt_1",
      agent: { id: "user_1", first_name: "Anna" },
      message: message("event"),
    })
  }

  it("sends through Redis exactly the rooms, exceptions and payloads the socket server emits", () => {
    const client = recordingRedis()
    publishEverything(
      RedisEmitterPublisher.create(
        "redis://test",
        logger,
        client as unknown as Redis
      )
    )
    const local: unknown[] = []
    publishEverything(
      new RoomPublisher(
        {
          visitors: recordingNamespace("/visitor", local),
          agents: recordingNamespace("/agent", local),
        },
        async () => undefined
      )
    )

    const sent = broadcasts(client)
    expect(sent.map(({ channel, ...rest }) => rest)).toEqual(local)
    // the adapter's channels: key, namespace and the one room
    expect(sent.map((s) => s.channel)).toEqual([
      "medusa-helpdesk#/visitor#ticket:hdt_1#",
      "medusa-helpdesk#/agent#channel:hdc_1#",
      "medusa-helpdesk#/agent#channel:hdc_1#",
      "medusa-helpdesk#/agent#channel:hdc_1#",
      "medusa-helpdesk#/agent#channel:hdc_1#",
      "medusa-helpdesk#/visitor#ticket:hdt_1#",
      "medusa-helpdesk#/visitor#ticket:hdt_1#",
      "medusa-helpdesk#/agent#channel:hdc_1#",
    ])
    expect(sent[0]).toMatchObject({
      except: ["socket-1"],
      data: ["message:new", message("message")],
    })
  })

  it("asks every socket server to refresh its agents' channel rooms", async () => {
    const client = recordingRedis()
    await RedisEmitterPublisher.create(
      "redis://test",
      logger,
      client as unknown as Redis
    ).refreshAgentRooms()

    expect(client.published).toEqual([
      {
        channel: "medusa-helpdesk-request#/agent#",
        message: expect.any(String),
      },
    ])
    expect(JSON.parse(client.published[0].message as string)).toMatchObject({
      type: 6, // the adapter's SERVER_SIDE_EMIT
      data: ["agent-rooms:refresh"],
    })
  })

  it("queues events only until Redis first answers, then drops them while it is away", () => {
    const client = recordingRedis()
    RedisEmitterPublisher.create(
      "redis://test",
      logger,
      client as unknown as Redis
    )
    expect(client.options.enableOfflineQueue).toBe(true)
    client.emit("ready")
    expect(client.options.enableOfflineQueue).toBe(false)
  })
})
