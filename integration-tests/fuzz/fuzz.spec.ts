import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type {
  IOrderModuleService,
  MedusaContainer,
} from "@medusajs/framework/types"
import { generateJwtToken, Modules } from "@medusajs/framework/utils"
import { execFileSync } from "node:child_process"
import { existsSync } from "node:fs"
import { join } from "node:path"
import type { Socket } from "socket.io-client"
import { createAdminSession } from "../helpers/admin-user"
import { connect } from "../helpers/sockets"
import { makeOrder, startBaselinkerDouble } from "../fixtures/baselinker-double"
import {
  fieldBodies,
  PATH_PARAM_CASES,
  QUERY_CASES,
  rawBodies,
  SEQ_VARIANTS,
  socketPayloads,
} from "./corpus"
import { discoverRoutes, discoverSocketEvents } from "./routes"
import { changedTables, fingerprinter, send, type RawResponse } from "./support"
import { HELPDESK_MODULE } from "../../src/modules/helpdesk"
import type HelpdeskModuleService from "../../src/modules/helpdesk/service"

// The sweep starts hundreds of chats from one address and sends thousands of messages on one
// token: the limits are not what is under test here.
process.env.HELPDESK_RATE_LIMIT_CONVERSATIONS = "1000000/1"
process.env.HELPDESK_RATE_LIMIT_MESSAGES = "1000000/1"
process.env.HELPDESK_RATE_LIMIT_AGENT_MESSAGES = "1000000/1"
process.env.HELPDESK_RATE_LIMIT_REPLAYS = "1000000/1"
process.env.HELPDESK_RATE_LIMIT_TYPING = "1000000/1"
process.env.HELPDESK_RATE_LIMIT_CONNECTIONS = "1000000/1"

// a loaded CI machine runs the sweep several times slower than an idle one
jest.setTimeout(600 * 1000)

const STORE = "https://shop.example.com"
const SLOW_MS = 5000
const ALWAYS_OPEN = Object.fromEntries(
  ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((d) => [
    d,
    [{ from: "00:00", to: "24:00" }],
  ])
)

/** What the fixtures made, for the valid requests of each route. */
type Ctx = {
  adminToken: string
  userId: string
  channelId: string
  ticketId: string
  visitorToken: string
  tagId: string
  teamId: string
  inboxId: string
  contactId: string
  projectId: string
  taskId: string
  publishableKey: string
  customerToken: string
  /** a Medusa order of the fixture shopper */
  orderId: string
  /** a disabled automation rule of the fixture channel */
  automationRuleId: string
  /** a photo the fixture shopper sent in the fixture conversation */
  attachmentId: string
  /** the fixture conversation's link token, as an e-mailed reply carries it */
  continueToken: string
}

type Auth = "admin" | "visitor" | "store" | "public"

type RouteFuzz = {
  auth: Auth
  /** path parameters of the valid request */
  params?: (ctx: Ctx) => Record<string, string>
  /** a fresh record for routes that change or remove what they are called on */
  fresh?: (make: Makers) => Promise<Record<string, string>>
  /** a valid query string (encoded) */
  query?: (ctx: Ctx) => string
  /** a valid body; routes that read no body have none */
  body?: (ctx: Ctx) => Record<string, unknown>
  /** the valid request's status */
  status?: number
}

type Makers = {
  ctx: Ctx
  conversation(): Promise<{ ticketId: string; visitorToken: string }>
  admin(path: string, body: Record<string, unknown>): Promise<string>
  /** an admin GET's answer */
  read(path: string): Promise<Record<string, unknown>>
}

const id = (ctx: Ctx, key: keyof Ctx) => ({ id: ctx[key] })

let counter = 0

/** Every automation rule, as the reorder route's valid body needs them; set by its `fresh`. */
let automationRuleIds: string[] = []

/**
 * A valid automation rule of the fixture channel. Disabled, so that the sweep's messages fire
 * nothing and a refused request is never blamed for a rule's writes.
 */
const automationRule = (ctx: Ctx) => ({
  name: `Fuzz rule ${++counter}`,
  enabled: false,
  trigger: "customer_message",
  conditions: {
    match: "all",
    predicates: [
      { field: "channel_id", operator: "is", value: ctx.channelId },
      { field: "sentiment", operator: "in", value: ["negative"] },
      { field: "message_text", operator: "contains", value: "zwrot" },
    ],
  },
  actions: [
    { type: "set_priority", priority: "urgent" },
    { type: "add_tag", tag_id: ctx.tagId },
    {
      type: "send_autoresponse",
      body: {
        en: "Hi {customer.first_name}",
        pl: "Cześć {customer.first_name}",
      },
    },
  ],
  stop_processing: false,
})
/** A name no earlier request used: valid requests must not collide with what the sweep made. */
const unique = (prefix: string) => `${prefix} ${++counter}`

/** Every route of the plugin, with a valid request. A route missing here fails the sweep. */
const ROUTES: Record<string, RouteFuzz> = {
  "GET /admin/helpdesk/channels": {
    auth: "admin",
    query: () => "limit=5&offset=0&enabled=true",
  },
  "POST /admin/helpdesk/channels": {
    auth: "admin",
    body: () => ({
      name: "Fuzz shop",
      store_url: "https://fuzz.example.com",
      welcome_message: "Hi",
      alignment: "left",
      vertical_offset: 10,
      paths: ["/checkout*"],
      opening_hours: ALWAYS_OPEN,
      holidays: ["2026-12-25"],
      timezone: "Europe/Warsaw",
      locale: "pl",
      color: "#1f6feb",
    }),
  },
  "GET /admin/helpdesk/channels/:id": {
    auth: "admin",
    params: (ctx) => id(ctx, "channelId"),
  },
  "POST /admin/helpdesk/channels/:id": {
    auth: "admin",
    params: (ctx) => id(ctx, "channelId"),
    body: () => ({ welcome_message: "Hello", enabled: true }),
  },
  "DELETE /admin/helpdesk/channels/:id": {
    auth: "admin",
    fresh: async (make) => ({
      id: await make.admin("/admin/helpdesk/channels", {
        name: unique("To delete"),
        store_url: "https://delete.example.com",
      }),
    }),
  },
  "GET /admin/helpdesk/channels/:id/embed-code": {
    auth: "admin",
    params: (ctx) => id(ctx, "channelId"),
  },
  "GET /admin/helpdesk/contacts": {
    auth: "admin",
    query: () => "q=jan&limit=5&blocked=false",
  },
  "POST /admin/helpdesk/contacts": {
    auth: "admin",
    body: () => ({
      email: `fuzz-${++counter}@example.com`,
      name: "Fuzz",
      note: "n",
    }),
  },
  "GET /admin/helpdesk/contacts/:id": {
    auth: "admin",
    params: (ctx) => id(ctx, "contactId"),
  },
  "POST /admin/helpdesk/contacts/:id": {
    auth: "admin",
    params: (ctx) => id(ctx, "contactId"),
    body: () => ({ note: "VIP", blocked: false }),
  },
  "DELETE /admin/helpdesk/contacts/:id": {
    auth: "admin",
    fresh: async (make) => ({
      id: await make.admin("/admin/helpdesk/contacts", {
        email: `gone-${++counter}@example.com`,
      }),
    }),
  },
  "GET /admin/helpdesk/inboxes": { auth: "admin", query: () => "limit=5" },
  "POST /admin/helpdesk/inboxes": {
    auth: "admin",
    body: () => ({ name: unique("Fuzz inbox") }),
  },
  "GET /admin/helpdesk/inboxes/:id": {
    auth: "admin",
    params: (ctx) => id(ctx, "inboxId"),
  },
  "POST /admin/helpdesk/inboxes/:id": {
    auth: "admin",
    params: (ctx) => id(ctx, "inboxId"),
    body: () => ({ name: "Renamed" }),
  },
  "DELETE /admin/helpdesk/inboxes/:id": {
    auth: "admin",
    fresh: async (make) => ({
      id: await make.admin("/admin/helpdesk/inboxes", {
        name: unique("To delete"),
      }),
    }),
  },
  "GET /admin/helpdesk/projects": { auth: "admin", query: () => "limit=5" },
  "POST /admin/helpdesk/projects": {
    auth: "admin",
    body: () => ({ name: unique("Fuzz project"), description: "d" }),
  },
  "GET /admin/helpdesk/projects/:id": {
    auth: "admin",
    params: (ctx) => id(ctx, "projectId"),
  },
  "POST /admin/helpdesk/projects/:id": {
    auth: "admin",
    params: (ctx) => id(ctx, "projectId"),
    body: () => ({ description: "Updated" }),
  },
  "DELETE /admin/helpdesk/projects/:id": {
    auth: "admin",
    fresh: async (make) => ({
      id: await make.admin("/admin/helpdesk/projects", {
        name: unique("To delete"),
      }),
    }),
  },
  "POST /admin/helpdesk/realtime/token": { auth: "admin" },
  "GET /admin/helpdesk/automation-rules": {
    auth: "admin",
    query: () => "limit=5&offset=0",
  },
  "POST /admin/helpdesk/automation-rules": {
    auth: "admin",
    body: (ctx) => automationRule(ctx),
  },
  "POST /admin/helpdesk/automation-rules/reorder": {
    auth: "admin",
    // the whole set as it is now: the sweep's own valid requests add rules
    fresh: async (make) => {
      const { automation_rules } = (await make.read(
        "/admin/helpdesk/automation-rules?limit=100"
      )) as { automation_rules: { id: string }[] }
      automationRuleIds = automation_rules.map((r) => r.id).reverse()
      return {}
    },
    body: () => ({ ids: automationRuleIds }),
  },
  "GET /admin/helpdesk/automation-rules/:id": {
    auth: "admin",
    params: (ctx) => id(ctx, "automationRuleId"),
  },
  "POST /admin/helpdesk/automation-rules/:id": {
    auth: "admin",
    params: (ctx) => id(ctx, "automationRuleId"),
    body: () => ({ name: "Renamed rule", enabled: false }),
  },
  "DELETE /admin/helpdesk/automation-rules/:id": {
    auth: "admin",
    fresh: async (make) => ({
      id: await make.admin(
        "/admin/helpdesk/automation-rules",
        automationRule(make.ctx)
      ),
    }),
  },
  "POST /admin/helpdesk/automation-rules/:id/test": {
    auth: "admin",
    params: (ctx) => id(ctx, "automationRuleId"),
    body: (ctx) => ({ ticket_id: ctx.ticketId }),
  },
  "GET /admin/helpdesk/tickets/:id/automation-runs": {
    auth: "admin",
    params: (ctx) => id(ctx, "ticketId"),
  },
  "GET /admin/helpdesk/tags": { auth: "admin", query: () => "limit=5" },
  "POST /admin/helpdesk/tags": {
    auth: "admin",
    body: () => ({ name: unique("Fuzz"), color: "#aabbcc" }),
  },
  "GET /admin/helpdesk/tags/:id": {
    auth: "admin",
    params: (ctx) => id(ctx, "tagId"),
  },
  "POST /admin/helpdesk/tags/:id": {
    auth: "admin",
    params: (ctx) => id(ctx, "tagId"),
    body: () => ({ color: "#112233" }),
  },
  "DELETE /admin/helpdesk/tags/:id": {
    auth: "admin",
    fresh: async (make) => ({
      id: await make.admin("/admin/helpdesk/tags", {
        name: unique("To delete"),
      }),
    }),
  },
  "GET /admin/helpdesk/tasks": {
    auth: "admin",
    query: (ctx) => `limit=5&status=todo&ticket_id=${ctx.ticketId}`,
  },
  "POST /admin/helpdesk/tasks": {
    auth: "admin",
    body: (ctx) => ({
      title: "Call back",
      description: "d",
      status: "todo",
      due_at: "2026-05-01T12:00:00Z",
      project_id: ctx.projectId,
      ticket_id: ctx.ticketId,
      assignee_id: ctx.userId,
    }),
  },
  "GET /admin/helpdesk/tasks/:id": {
    auth: "admin",
    params: (ctx) => id(ctx, "taskId"),
  },
  "POST /admin/helpdesk/tasks/:id": {
    auth: "admin",
    params: (ctx) => id(ctx, "taskId"),
    body: () => ({ status: "doing" }),
  },
  "DELETE /admin/helpdesk/tasks/:id": {
    auth: "admin",
    fresh: async (make) => ({
      id: await make.admin("/admin/helpdesk/tasks", { title: "To delete" }),
    }),
  },
  "GET /admin/helpdesk/teams": { auth: "admin", query: () => "limit=5" },
  "POST /admin/helpdesk/teams": {
    auth: "admin",
    body: (ctx) => ({ name: unique("Fuzz team"), member_ids: [ctx.userId] }),
  },
  "GET /admin/helpdesk/teams/:id": {
    auth: "admin",
    params: (ctx) => id(ctx, "teamId"),
  },
  "POST /admin/helpdesk/teams/:id": {
    auth: "admin",
    params: (ctx) => id(ctx, "teamId"),
    body: () => ({ name: "Renamed team" }),
  },
  "DELETE /admin/helpdesk/teams/:id": {
    auth: "admin",
    fresh: async (make) => ({
      id: await make.admin("/admin/helpdesk/teams", {
        name: unique("To delete"),
      }),
    }),
  },
  "GET /admin/helpdesk/tickets": {
    auth: "admin",
    query: (ctx) =>
      `q=parcel&status=new,open&priority=normal&channel_id=${ctx.channelId}&view=all&limit=10`,
  },
  "POST /admin/helpdesk/tickets": {
    auth: "admin",
    body: (ctx) => ({
      email: "new@example.com",
      name: "New Customer",
      subject: "Your order",
      message: "Hello from the shop",
      channel_id: ctx.channelId,
    }),
  },
  "GET /admin/helpdesk/baselinker": { auth: "admin" },
  "GET /admin/helpdesk/baselinker/statuses": { auth: "admin" },
  "POST /admin/helpdesk/tickets/:id/baselinker-orders/:order_id/status": {
    auth: "admin",
    params: (ctx) => ({ id: ctx.ticketId, order_id: String(BASELINKER_ORDER) }),
    // "Wysłane"; the next valid request sets "Nowe zamówienia" again
    body: () => ({ status_id: String(nextBaselinkerStatus()) }),
  },
  "GET /admin/helpdesk/tickets/:id/orders": {
    auth: "admin",
    params: (ctx) => id(ctx, "ticketId"),
  },
  "POST /admin/helpdesk/tickets/:id/orders": {
    auth: "admin",
    params: (ctx) => id(ctx, "ticketId"),
    body: (ctx) => ({ order_id: ctx.orderId }),
  },
  "DELETE /admin/helpdesk/tickets/:id/orders/:order_id": {
    auth: "admin",
    params: (ctx) => ({ id: ctx.ticketId, order_id: ctx.orderId }),
  },
  "GET /admin/helpdesk/tickets/:id": {
    auth: "admin",
    params: (ctx) => id(ctx, "ticketId"),
  },
  "POST /admin/helpdesk/tickets/:id": {
    auth: "admin",
    params: (ctx) => id(ctx, "ticketId"),
    body: (ctx) => ({
      priority: "high",
      tag_ids: [ctx.tagId],
      team_id: ctx.teamId,
      follower_ids: [ctx.userId],
    }),
  },
  "POST /admin/helpdesk/tickets/:id/add-contact": {
    auth: "admin",
    fresh: async (make) => ({ id: (await make.conversation()).ticketId }),
    body: () => ({}),
  },
  "POST /admin/helpdesk/tickets/:id/close": {
    auth: "admin",
    fresh: async (make) => ({ id: (await make.conversation()).ticketId }),
    body: () => ({}),
  },
  "GET /admin/helpdesk/tickets/:id/messages": {
    auth: "admin",
    params: (ctx) => id(ctx, "ticketId"),
    query: () => "after_seq=0",
  },
  "POST /admin/helpdesk/tickets/:id/messages": {
    auth: "admin",
    params: (ctx) => id(ctx, "ticketId"),
    body: () => ({
      body: "An answer",
      kind: "note",
      client_id: unique("agent").replace(" ", "-"),
    }),
    status: 201,
  },
  "POST /admin/helpdesk/tickets/:id/open": {
    auth: "admin",
    fresh: async (make) => ({ id: (await make.conversation()).ticketId }),
  },
  "POST /admin/helpdesk/tickets/:id/skip-autoresponder": {
    auth: "admin",
    params: (ctx) => id(ctx, "ticketId"),
    body: () => ({ skip: true }),
  },
  "POST /helpdesk/channels/:id/conversations": {
    auth: "public",
    params: (ctx) => id(ctx, "channelId"),
    body: () => ({
      name: "Jan Kowalski",
      email: "jan@example.com",
      subject: "Where is my parcel?",
      message: "I ordered last week.",
      client_id: unique("c").replace(" ", "-"),
      page_url: `${STORE}/products/shirt`,
      locale: "pl",
    }),
    status: 201,
  },
  "GET /helpdesk/channels/:id/widget-config": {
    auth: "public",
    params: (ctx) => id(ctx, "channelId"),
  },
  "GET /helpdesk/conversations/:id": {
    auth: "visitor",
    params: (ctx) => id(ctx, "ticketId"),
  },
  "GET /helpdesk/conversations/:id/messages": {
    auth: "visitor",
    params: (ctx) => id(ctx, "ticketId"),
    query: () => "after_seq=0",
  },
  "POST /helpdesk/conversations/:id/messages": {
    auth: "visitor",
    params: (ctx) => id(ctx, "ticketId"),
    body: () => ({
      client_id: unique("v").replace(" ", "-"),
      body: "Any news?",
    }),
    status: 201,
  },
  // The sweep speaks JSON and urlencoded, never multipart: every upload it sends has no files,
  // so even its valid request is the handler's 400 (integration-tests/http/attachments.spec.ts
  // uploads real files).
  "POST /helpdesk/conversations/:id/attachments": {
    auth: "visitor",
    params: (ctx) => id(ctx, "ticketId"),
    status: 400,
  },
  "GET /helpdesk/conversations/:id/attachments/:attachment_id": {
    auth: "visitor",
    params: (ctx) => ({ id: ctx.ticketId, attachment_id: ctx.attachmentId }),
  },
  "POST /admin/helpdesk/tickets/:id/attachments": {
    auth: "admin",
    params: (ctx) => id(ctx, "ticketId"),
    status: 400,
  },
  "GET /admin/helpdesk/tickets/:id/attachments/:attachment_id": {
    auth: "admin",
    params: (ctx) => ({ id: ctx.ticketId, attachment_id: ctx.attachmentId }),
  },
  "POST /helpdesk/conversations/continue": {
    auth: "public",
    body: (ctx) => ({ token: ctx.continueToken }),
  },
  "GET /admin/helpdesk/email-replies": { auth: "admin" },
  "GET /helpdesk/realtime/ping": { auth: "public" },
  "GET /helpdesk/widget/:file": {
    auth: "public",
    params: () => ({ file: "loader.js" }),
  },
  "POST /store/helpdesk/identity-token": { auth: "store" },
}

/** Every event a client may send, with a valid payload. */
const SOCKET_EVENTS: Record<
  string,
  { payload: (ctx: Ctx) => Record<string, unknown>; ack: boolean }
> = {
  "/visitor message:send": {
    payload: () => ({ client_id: "s-1", body: "Hello over the socket" }),
    ack: true,
  },
  "/visitor replay": { payload: () => ({ after_seq: 0 }), ack: true },
  "/visitor typing": { payload: () => ({ typing: true }), ack: false },
  "/visitor seen": { payload: () => ({ seq: 1 }), ack: false },
  "/agent message:send": {
    payload: (ctx) => ({
      ticket_id: ctx.ticketId,
      client_id: "a-1",
      body: "An answer over the socket",
      kind: "message",
    }),
    ack: true,
  },
  "/agent replay": {
    payload: (ctx) => ({ ticket_id: ctx.ticketId, after_seq: 0 }),
    ack: true,
  },
  "/agent typing": {
    payload: (ctx) => ({ ticket_id: ctx.ticketId, typing: true }),
    ack: false,
  },
  "/agent ticket:watch": {
    payload: (ctx) => ({ ticket_id: ctx.ticketId }),
    ack: true,
  },
  "/agent ticket:unwatch": {
    payload: (ctx) => ({ ticket_id: ctx.ticketId }),
    ack: false,
  },
}

/**
 * Lists get every query case; other routes the ones any query parser must survive (and
 * `after_seq` where they read it).
 */
const FEW_QUERY_CASES = QUERY_CASES.filter((c) =>
  /q with a NUL|malformed|invalid UTF-8|__proto__ in|fields of an|fields with|nested/.test(
    c.label
  )
)
const queryCasesFor = (method: string, route: string, entry: RouteFuzz) =>
  method === "GET" && !route.includes(":")
    ? QUERY_CASES
    : entry.query?.({} as Ctx).includes("after_seq")
      ? QUERY_CASES.filter(
          (c) => FEW_QUERY_CASES.includes(c) || c.label.includes("after_seq")
        )
      : FEW_QUERY_CASES

type Case = {
  label: string
  method: string
  path: string
  headers: Record<string, string>
  body?: string
}

async function createCustomerSession(container: MedusaContainer) {
  const customers = container.resolve(Modules.CUSTOMER)
  const auth = container.resolve(Modules.AUTH)
  const apiKeys = container.resolve(Modules.API_KEY)
  const config = container.resolve("configModule")
  const customer = await customers.createCustomers({
    email: "shopper@example.com",
    first_name: "Ola",
  })
  const identity = await auth.createAuthIdentities({
    provider_identities: [
      { provider: "emailpass", entity_id: "shopper@example.com" },
    ],
    app_metadata: { customer_id: customer.id },
  })
  const token = generateJwtToken(
    {
      actor_id: customer.id,
      actor_type: "customer",
      auth_identity_id: identity.id,
      app_metadata: { customer_id: customer.id },
    },
    { secret: config.projectConfig.http.jwtSecret, expiresIn: "1d" }
  )
  const [key] = await apiKeys.createApiKeys([
    { title: "Fuzz store", type: "publishable", created_by: "fuzz" },
  ])
  return { token, publishableKey: key.token }
}

// A BaseLinker account of the fixture shopper, so the BaseLinker routes answer from a real client.
const BASELINKER_TOKEN = "fuzz-token"
const BASELINKER_ORDER = 700001
const BASELINKER_STATUSES = [513687, 513689]
let statusTurn = 0
const nextBaselinkerStatus = () =>
  BASELINKER_STATUSES[++statusTurn % BASELINKER_STATUSES.length]
let baselinker: Awaited<ReturnType<typeof startBaselinkerDouble>> | undefined

beforeAll(async () => {
  baselinker = await startBaselinkerDouble({
    token: BASELINKER_TOKEN,
    orders: [
      makeOrder({
        order_id: BASELINKER_ORDER,
        email: "jan@example.com",
        order_status_id: BASELINKER_STATUSES[0],
        date_add: Math.floor(Date.now() / 1000) - 86_400,
      }),
    ],
  })
  process.env.BASELINKER_TOKEN = BASELINKER_TOKEN
  process.env.BASELINKER_API_URL = baselinker.url
  // the scheduled refresh writes caches at every fifth minute of the clock, whatever the sweep
  // is doing: a refused request would be blamed for its writes
  process.env.BASELINKER_BACKGROUND_REFRESH = "false"
})

afterAll(async () => {
  await baselinker?.stop()
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    const baseUrl = () => api.defaults.baseURL as string

    it("has an entry for every route and socket event the plugin serves", () => {
      expect(Object.keys(ROUTES).sort()).toEqual(discoverRoutes())
      expect(Object.keys(SOCKET_EVENTS).sort()).toEqual(discoverSocketEvents())
    })

    /** Uploads a photo as the shopper and sends it, so the shopper may fetch it. */
    async function sendFixturePhoto(ticketId: string, visitorToken: string) {
      const form = new FormData()
      const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]
      form.append(
        "files",
        new Blob([new Uint8Array(png)], { type: "image/png" }),
        "mug.png"
      )
      const headers = { authorization: `Bearer ${visitorToken}` }
      const uploaded = await fetch(
        `${baseUrl()}/helpdesk/conversations/${ticketId}/attachments`,
        { method: "POST", headers, body: form }
      )
      const { attachment } = (await uploaded.json()) as {
        attachment: { id: string }
      }
      await api.post(
        `/helpdesk/conversations/${ticketId}/messages`,
        {
          client_id: "fixture-photo",
          body: "",
          attachment_ids: [attachment.id],
        },
        { headers }
      )
      return attachment.id
    }

    /** Fixtures, a fingerprint, and the list of everything that went wrong. */
    async function setUp() {
      if (
        !existsSync(join(__dirname, "../../storefront-snippet/dist/loader.js"))
      ) {
        execFileSync(process.execPath, ["storefront-snippet/build.mjs"], {
          stdio: "ignore",
        })
      }
      const admin = await createAdminSession(getContainer())
      const adminHeaders = admin.headers
      const post = async (path: string, body: Record<string, unknown>) =>
        (await api.post(path, body, adminHeaders)).data as Record<
          string,
          { id: string }
        >
      const created = async (path: string, body: Record<string, unknown>) => {
        const data = await post(path, body)
        return Object.values(data)[0].id
      }
      const channelId = await created("/admin/helpdesk/channels", {
        name: "Sklep",
        store_url: STORE,
        opening_hours: ALWAYS_OPEN,
      })
      let conversations = 0
      const conversation = async () => {
        const { data } = await api.post(
          `/helpdesk/channels/${channelId}/conversations`,
          {
            name: "Jan Kowalski",
            email: "jan@example.com",
            subject: "Where is my parcel?",
            message: "I ordered last week.",
            client_id: `fixture-${++conversations}`,
          }
        )
        return {
          ticketId: (data as { conversation: { id: string } }).conversation.id,
          visitorToken: (data as { visitor_token: string }).visitor_token,
        }
      }
      const { ticketId, visitorToken } = await conversation()
      const projectId = await created("/admin/helpdesk/projects", {
        name: "Returns",
      })
      const customer = await createCustomerSession(getContainer())
      const ctx: Ctx = {
        adminToken: adminHeaders.headers.authorization,
        userId: admin.user.id,
        channelId,
        ticketId,
        visitorToken,
        tagId: await created("/admin/helpdesk/tags", { name: "VIP" }),
        teamId: await created("/admin/helpdesk/teams", { name: "Support" }),
        inboxId: await created("/admin/helpdesk/inboxes", { name: "Main" }),
        contactId: await created("/admin/helpdesk/contacts", {
          email: "contact@example.com",
        }),
        projectId,
        taskId: await created("/admin/helpdesk/tasks", {
          title: "Refund",
          project_id: projectId,
          ticket_id: ticketId,
        }),
        publishableKey: customer.publishableKey,
        customerToken: `Bearer ${customer.token}`,
        orderId: (
          await getContainer()
            .resolve<IOrderModuleService>(Modules.ORDER)
            .createOrders({
              email: "jan@example.com",
              currency_code: "pln",
              items: [{ title: "Kubek", quantity: 1, unit_price: 39 }],
            })
        ).id,
        automationRuleId: "",
        attachmentId: "",
        continueToken: getContainer()
          .resolve<HelpdeskModuleService>(HELPDESK_MODULE)
          .issueToken("continue", { t: ticketId }),
      }
      ctx.automationRuleId = await created(
        "/admin/helpdesk/automation-rules",
        automationRule(ctx)
      )
      ctx.attachmentId = await sendFixturePhoto(ticketId, visitorToken)
      const read = async (path: string) =>
        (await api.get(path, adminHeaders)).data as Record<string, unknown>
      const makers: Makers = { ctx, conversation, admin: created, read }
      const fingerprint = await fingerprinter(dbConnection)
      return { ctx, makers, fingerprint, violations: [] as string[] }
    }

    const headersFor = (auth: Auth, ctx: Ctx): Record<string, string> => {
      switch (auth) {
        case "admin":
          return { authorization: ctx.adminToken }
        case "visitor":
          return { authorization: `Bearer ${ctx.visitorToken}` }
        case "store":
          return {
            authorization: ctx.customerToken,
            "x-publishable-api-key": ctx.publishableKey,
          }
        default:
          return {}
      }
    }

    const fillPath = (route: string, params: Record<string, string>) =>
      route.replace(/:(\w+)/g, (_, name: string) => {
        if (!(name in params)) {
          throw new Error(`${route}: no value for :${name}`)
        }
        return params[name]
      })

    /** The malformed requests for one route. */
    function casesFor(
      key: string,
      entry: RouteFuzz,
      ctx: Ctx,
      params: Record<string, string>
    ): Case[] {
      const [method, route] = key.split(" ")
      const headers = headersFor(entry.auth, ctx)
      const path = fillPath(route, params)
      const validQuery = entry.query?.(ctx)
      const withQuery = (p: string, q?: string) => (q ? `${p}?${q}` : p)
      const jsonHeaders = { ...headers, "content-type": "application/json" }
      const validBody =
        entry.body !== undefined ? JSON.stringify(entry.body(ctx)) : undefined
      const cases: Case[] = []

      for (const name of Object.keys(params)) {
        for (const variant of PATH_PARAM_CASES) {
          cases.push({
            label: `:${name} ${variant.label}`,
            method,
            path: withQuery(
              fillPath(route, { ...params, [name]: variant.value }),
              validQuery
            ),
            headers: validBody ? jsonHeaders : headers,
            body: validBody,
          })
        }
      }
      for (const { label, query } of queryCasesFor(method, route, entry)) {
        cases.push({
          label: `query: ${label}`,
          method,
          path: `${path}?${query}`,
          headers: validBody ? jsonHeaders : headers,
          body: validBody,
        })
      }
      if (method !== "GET") {
        for (const raw of rawBodies(entry.body?.(ctx) ?? {})) {
          cases.push({
            label: `body: ${raw.label}`,
            method,
            path: withQuery(path, validQuery),
            headers: raw.contentType
              ? { ...headers, "content-type": raw.contentType }
              : headers,
            body: raw.body,
          })
        }
      }
      if (entry.body) {
        for (const { label, body } of fieldBodies(entry.body(ctx))) {
          cases.push({
            label: `body: ${label}`,
            method,
            path: withQuery(path, validQuery),
            headers: jsonHeaders,
            body: JSON.stringify(body),
          })
        }
      }
      if (entry.auth !== "public") {
        for (const [label, authorization] of [
          ["no credentials", undefined],
          ["a forged bearer token", "Bearer eyJhbGciOiJub25lIn0.e30."],
          ["a bearer token of another kind", "Bearer visitor.e30.x"],
          ["a basic secret key that does not exist", "Basic c2tfbm9uZTo="],
        ] as const) {
          const { authorization: _own, ...rest } = headers
          cases.push({
            label: `auth: ${label}`,
            method,
            path: withQuery(path, validQuery),
            headers: authorization ? { ...rest, authorization } : rest,
            body: validBody,
          })
        }
      }
      return cases
    }

    const describeResponse = (res: RawResponse) =>
      `${res.status} ${res.body.slice(0, 160).replace(/\s+/g, " ")}`

    it("answers every malformed request to every route with a 4xx and a sentence, within 5 s, writing nothing", async () => {
      const { ctx, makers, fingerprint, violations } = await setUp()
      let requests = 0
      let slowest = 0
      const started = Date.now()

      for (const [key, entry] of Object.entries(ROUTES)) {
        const [method, route] = key.split(" ")
        const params = entry.fresh
          ? await entry.fresh(makers)
          : (entry.params?.(ctx) ?? {})
        const routeStarted = Date.now()
        const cases = casesFor(key, entry, ctx, params)
        let before = await fingerprint()
        for (const c of cases) {
          let res: RawResponse
          try {
            res = await send(baseUrl(), c)
          } catch (err) {
            violations.push(`${key} [${c.label}]: ${String(err)}`)
            console.log(`fuzz: ${key} [${c.label}]: ${String(err)}`)
            continue
          }
          requests++
          slowest = Math.max(slowest, res.ms)
          const where = `${key} [${c.label}]`
          if (res.status >= 500) {
            violations.push(`${where}: ${describeResponse(res)}`)
          }
          if (res.ms > SLOW_MS) {
            violations.push(`${where}: answered in ${Math.round(res.ms)} ms`)
          }
          // one fingerprint per case: this case's "after" is the next one's "before"
          const after = await fingerprint()
          if (res.status >= 400 && res.status < 500) {
            const message = res.json?.message
            if (typeof message !== "string" || message.trim().length < 5) {
              violations.push(`${where}: a ${res.status} without a sentence`)
            }
            const changed = changedTables(before, after)
            if (changed.length) {
              violations.push(
                `${where}: a ${res.status} wrote to ${changed.join(", ")}`
              )
            }
          }
          before = after
        }

        if (process.env.FUZZ_VERBOSE) {
          console.log(
            `fuzz: ${key}: ${cases.length} cases in ${Date.now() - routeStarted} ms`
          )
        }

        // the valid request still works: the sweep reached the handler
        const baselineParams = entry.fresh
          ? await entry.fresh(makers)
          : (entry.params?.(ctx) ?? {})
        const query = entry.query?.(ctx)
        const body = entry.body?.(ctx)
        const path = fillPath(route, baselineParams)
        const res = await send(baseUrl(), {
          method,
          path: query ? `${path}?${query}` : path,
          headers: {
            ...headersFor(entry.auth, ctx),
            ...(body ? { "content-type": "application/json" } : {}),
          },
          body: body ? JSON.stringify(body) : undefined,
        })
        requests++
        if (res.status !== (entry.status ?? 200)) {
          violations.push(
            `${key} [valid request]: expected ${entry.status ?? 200}, got ${describeResponse(res)}`
          )
        }
      }

      console.log(
        `fuzz: ${requests} requests over ${Object.keys(ROUTES).length} routes in ${((Date.now() - started) / 1000).toFixed(1)} s, slowest ${Math.round(slowest)} ms`
      )
      expect(violations).toEqual([])
    })

    it("answers every malformed socket event with invalid_data (never internal), within 5 s, writing nothing", async () => {
      const { ctx, fingerprint, violations } = await setUp()
      const { data } = await api.post(
        "/admin/helpdesk/realtime/token",
        {},
        { headers: { authorization: ctx.adminToken } }
      )
      const visitor = connect(baseUrl(), "/visitor", ctx.visitorToken, {
        origin: STORE,
      })
      const agent = connect(
        baseUrl(),
        "/agent",
        (data as { token: string }).token
      )
      const sockets: Record<string, Socket> = {
        "/visitor": visitor.socket,
        "/agent": agent.socket,
      }
      let events = 0
      const started = Date.now()
      try {
        await Promise.all([visitor.ready, agent.ready])

        /** The socket still answers: a valid replay comes back. */
        const probe = async (namespace: string) => {
          const payload =
            namespace === "/visitor"
              ? { after_seq: 0 }
              : { ticket_id: ctx.ticketId, after_seq: 0 }
          const ack = (await sockets[namespace]
            .timeout(SLOW_MS)
            .emitWithAck("replay", payload)) as { ok: boolean }
          return ack.ok
        }

        for (const [key, entry] of Object.entries(SOCKET_EVENTS)) {
          const eventStarted = Date.now()
          const [namespace, event] = key.split(" ")
          const socket = sockets[namespace]
          const valid = entry.payload(ctx)
          const payloads = socketPayloads(valid)
          if ("after_seq" in valid) {
            payloads.push(
              ...SEQ_VARIANTS.map((v) => ({
                label: v.label,
                payload: { ...valid, after_seq: v.value },
              }))
            )
          }
          let before = await fingerprint()
          for (const { label, payload } of payloads) {
            const where = `${key} [${label}]`
            events++
            if (entry.ack) {
              const t = performance.now()
              let ack: {
                ok: boolean
                error?: { code?: unknown; message?: unknown }
              }
              try {
                ack = (await socket
                  .timeout(SLOW_MS)
                  .emitWithAck(event, payload)) as typeof ack
              } catch {
                violations.push(`${where}: no answer in ${SLOW_MS} ms`)
                continue
              }
              const ms = performance.now() - t
              if (ms > SLOW_MS) {
                violations.push(`${where}: answered in ${Math.round(ms)} ms`)
              }
              const after = await fingerprint()
              if (!ack.ok) {
                if (ack.error?.code === "internal") {
                  violations.push(`${where}: internal`)
                }
                if (typeof ack.error?.message !== "string") {
                  violations.push(`${where}: an error without a sentence`)
                }
                const changed = changedTables(before, after)
                if (changed.length) {
                  violations.push(
                    `${where}: a refusal wrote to ${changed.join(", ")}`
                  )
                }
              }
              before = after
            } else {
              socket.emit(event, payload)
              if (!(await probe(namespace).catch(() => false))) {
                violations.push(`${where}: the socket stopped answering`)
              }
              const after = await fingerprint()
              const changed = changedTables(before, after)
              if (changed.length) {
                violations.push(`${where}: wrote to ${changed.join(", ")}`)
              }
              before = after
            }
            if (!socket.connected) {
              violations.push(`${where}: the server dropped the socket`)
              break
            }
          }
          // an event without an ack callback must not crash the handler
          socket.emit(event, { ...valid, zz_unknown: 1 })
          if (!(await probe(namespace).catch(() => false))) {
            violations.push(
              `${key} [no ack callback]: the socket stopped answering`
            )
          }

          // the valid payload still works
          if (entry.ack) {
            const ack = (await socket
              .timeout(SLOW_MS)
              .emitWithAck(event, valid)
              .catch(() => ({ ok: false, error: "no answer" }))) as {
              ok: boolean
            }
            if (!ack.ok) {
              violations.push(
                `${key} [valid payload]: refused ${JSON.stringify(ack)}`
              )
            }
          }
          if (process.env.FUZZ_VERBOSE) {
            console.log(`fuzz: ${key} in ${Date.now() - eventStarted} ms`)
          }
        }

        // a packet beyond the server's buffer drops that client only
        const big = connect(baseUrl(), "/visitor", ctx.visitorToken, {
          origin: STORE,
        })
        await big.ready
        const dropped = new Promise<string>((resolve) =>
          big.socket.once("disconnect", (reason) => resolve(reason))
        )
        const before = await fingerprint()
        big.socket.emit("message:send", {
          client_id: "big",
          body: "x".repeat(100_000),
        })
        const reason = await Promise.race([
          dropped,
          new Promise<string>((resolve) =>
            setTimeout(() => resolve("still connected"), SLOW_MS)
          ),
        ])
        big.socket.close()
        if (reason === "still connected") {
          violations.push(
            "/visitor [100 KB packet]: the client was not dropped"
          )
        }
        if (changedTables(before, await fingerprint()).length) {
          violations.push("/visitor [100 KB packet]: something was written")
        }
        if (!(await probe("/visitor").catch(() => false))) {
          violations.push(
            "/visitor [100 KB packet]: other clients stopped getting answers"
          )
        }
      } finally {
        visitor.socket.close()
        agent.socket.close()
      }
      console.log(
        `fuzz: ${events} socket events over ${Object.keys(SOCKET_EVENTS).length} events in ${((Date.now() - started) / 1000).toFixed(1)} s`
      )
      expect(violations).toEqual([])
    })
  },
})
