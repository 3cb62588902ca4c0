import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

// "limit/seconds", e.g. "10/600": ten per ten minutes
const rateLimit = (value: string | undefined) => {
  const [limit, seconds] = (value ?? "").split("/").map(Number)
  return limit > 0 && seconds > 0
    ? { limit, window_seconds: seconds }
    : undefined
}

const helpdeskOptions = {
  backendUrl: process.env.MEDUSA_BACKEND_URL,
  redisUrl: process.env.REDIS_URL,
  // user ids or e-mails, comma-separated
  admins: (process.env.HELPDESK_ADMINS ?? "")
    .split(",")
    .map((a) => a.trim())
    .filter(Boolean),
  rateLimits: {
    conversations: rateLimit(process.env.HELPDESK_RATE_LIMIT_CONVERSATIONS),
    messages: rateLimit(process.env.HELPDESK_RATE_LIMIT_MESSAGES),
  },
}

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
    {
      resolve: "./src/modules/helpdesk",
      options: helpdeskOptions,
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
