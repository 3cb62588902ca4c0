import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

// "limit/seconds", e.g. "10/600": ten per ten minutes
const rateLimit = (value: string | undefined) => {
  const [limit, seconds] = (value ?? "").split("/").map(Number)
  return limit > 0 && seconds > 0
    ? { limit, window_seconds: seconds }
    : undefined
}

const number = (value: string | undefined) =>
  value && Number(value) > 0 ? Number(value) : undefined

const helpdeskOptions = {
  backendUrl: process.env.MEDUSA_BACKEND_URL,
  // the helpdesk may use a Redis of its own; by default it shares Medusa's
  redisUrl: process.env.HELPDESK_REDIS_URL || process.env.REDIS_URL,
  // reverse proxies in front of Medusa that append to X-Forwarded-For (0: none)
  trustedProxyHops: Number(process.env.HELPDESK_TRUSTED_PROXY_HOPS || 0),
  baselinker: {
    token: process.env.BASELINKER_TOKEN,
    apiUrl: process.env.BASELINKER_API_URL,
    requestsPerMinute: number(process.env.BASELINKER_REQUESTS_PER_MINUTE),
    cacheTtlSeconds: number(process.env.BASELINKER_CACHE_TTL_SECONDS),
    lookbackDays: number(process.env.BASELINKER_LOOKBACK_DAYS),
    panelUrl: process.env.BASELINKER_PANEL_URL,
    backgroundRefresh: process.env.BASELINKER_BACKGROUND_REFRESH !== "false",
  },
  // user ids or e-mails, comma-separated
  admins: (process.env.HELPDESK_ADMINS ?? "")
    .split(",")
    .map((a) => a.trim())
    .filter(Boolean),
  attachments: {
    maxFileSizeBytes: number(process.env.HELPDESK_ATTACHMENT_MAX_BYTES),
    maxFilesPerMessage: number(process.env.HELPDESK_ATTACHMENT_MAX_FILES),
  },
  rateLimits: {
    conversations: rateLimit(process.env.HELPDESK_RATE_LIMIT_CONVERSATIONS),
    messages: rateLimit(process.env.HELPDESK_RATE_LIMIT_MESSAGES),
    agentMessages: rateLimit(process.env.HELPDESK_RATE_LIMIT_AGENT_MESSAGES),
    replays: rateLimit(process.env.HELPDESK_RATE_LIMIT_REPLAYS),
    typing: rateLimit(process.env.HELPDESK_RATE_LIMIT_TYPING),
    connections: rateLimit(process.env.HELPDESK_RATE_LIMIT_CONNECTIONS),
  },
}

// The production set-up's Redis modules (event bus, workflow engine, locking), on request:
// `npm run bench:realtime -- --redis` measures with them.
const redisModules =
  process.env.REDIS_URL && process.env.HELPDESK_REDIS_MODULES === "true"
    ? [
        {
          resolve: "@medusajs/medusa/event-bus-redis",
          options: { redisUrl: process.env.REDIS_URL },
        },
        {
          resolve: "@medusajs/medusa/workflow-engine-redis",
          options: { redis: { redisUrl: process.env.REDIS_URL } },
        },
        {
          resolve: "@medusajs/medusa/locking",
          options: {
            providers: [
              {
                id: "locking-redis",
                resolve: "@medusajs/medusa/locking-redis",
                is_default: true,
                options: { redisUrl: process.env.REDIS_URL },
              },
            ],
          },
        },
      ]
    : []

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl: process.env.REDIS_URL,
    http: {
      storeCors: process.env.STORE_CORS || "http://localhost:8000",
      adminCors:
        process.env.ADMIN_CORS || "http://localhost:9000,http://localhost:5173",
      authCors:
        process.env.AUTH_CORS || "http://localhost:9000,http://localhost:5173",
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
    },
  },
  admin: {
    disable: process.env.DISABLE_MEDUSA_ADMIN === "true",
    backendUrl: process.env.MEDUSA_BACKEND_URL,
  },
  modules: [
    ...redisModules,
    {
      resolve: "./src/modules/helpdesk",
      options: helpdeskOptions,
    },
    // Chat attachments are stored as private files. The local provider would put those in
    // static/, which Medusa serves to anyone, so they get a folder of their own (under .data,
    // which `medusa develop` does not watch). In production, S3 or another provider.
    {
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/file-local",
            id: "local",
            options: {
              private_upload_dir:
                process.env.HELPDESK_PRIVATE_UPLOAD_DIR ||
                ".data/private-uploads",
            },
          },
        ],
      },
    },
    // The local provider writes e-mails to the log, so the demo shows what a customer would
    // receive. A shop replaces it with a real e-mail provider (SendGrid, Resend, …); "feed"
    // keeps Admin's own notification feed working.
    {
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/notification-local",
            id: "local",
            options: { channels: ["email", "feed"] },
          },
        ],
      },
    },
  ],
})
