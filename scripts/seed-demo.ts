/**
 * Seeds the demo data, idempotently: one chat channel "Demo store" whose agent is the demo admin,
 * a few tags and a team, three shoppers' conversations so the inbox has something to work, and
 * a few Medusa orders of those shoppers (a region, a product and orders made with Medusa's own
 * workflows), so each ticket's Orders card has something to show.
 * A demo admin without a name is called Anna Demo, the name shoppers see when she joins a chat.
 * An existing channel keeps its settings, except that its store URL follows the demo store.
 *
 *   HELPDESK_DEMO_EMAIL=admin@example.com npx medusa exec ./scripts/seed-demo.ts
 *
 * Environment:
 *   HELPDESK_DEMO_EMAIL      the admin user who works the channel (created beforehand; default admin@example.com)
 *   HELPDESK_DEMO_STORE_URL  the store the widget is embedded in (default MEDUSA_BACKEND_URL or http://localhost:9000)
 *
 * Prints `HELPDESK_DEMO_CHANNEL_ID=<id>` on a line of its own for scripts/demo.js to read.
 */
import type {
  ExecArgs,
  IUserModuleService,
  MedusaContainer,
} from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createOrderWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  updateUsersWorkflow,
} from "@medusajs/medusa/core-flows"
import type HelpdeskModuleService from "../src/modules/helpdesk/service"
import { HELPDESK_MODULE } from "../src/modules/helpdesk"
import { createAutomationRuleWorkflow } from "../src/workflows/automations/workflows/create-automation-rule"
import type { CreateAutomationRuleInput } from "../src/workflows/automations/types"
import { createChannelsWorkflow } from "../src/workflows/channels/workflows/create-channels"
import { updateChannelsWorkflow } from "../src/workflows/channels/workflows/update-channels"
import { createTagsWorkflow } from "../src/workflows/tags/workflows/create-tags"
import { createTeamsWorkflow } from "../src/workflows/teams/workflows/create-teams"
import { startConversationWorkflow } from "../src/workflows/tickets/workflows/start-conversation"
import type { CreateChannelInput } from "../src/types/workflows"

export const DEMO_CHANNEL_NAME = "Demo store"

const DEMO_CONVERSATIONS = [
  {
    name: "Jan Kowalski",
    email: "jan.kowalski@example.com",
    subject: "Gdzie jest moja paczka?",
    message:
      "Dzień dobry, zamówiłem kubek tydzień temu i nadal nie dostałem przesyłki. Czy mogą Państwo sprawdzić?",
    locale: "pl",
  },
  {
    name: "Emma Brown",
    email: "emma.brown@example.com",
    subject: "Return a tote bag",
    message:
      "Hi, the tote bag I received has a torn strap. How do I send it back for a refund?",
    locale: "en",
  },
  {
    name: "Lukas Meyer",
    email: "lukas.meyer@example.com",
    subject: "Invoice for my order",
    message:
      "Hello, could you send me an invoice with my company's VAT number?",
    locale: "en",
  },
]

/** The demo shoppers' Medusa orders: product handle, quantity, and the e-mail as they typed it. */
const DEMO_ORDERS = [
  { email: "jan.kowalski@example.com", handle: "enamel-mug", quantity: 1 },
  { email: "Jan.Kowalski@Example.com", handle: "canvas-tote", quantity: 2 },
  { email: "emma.brown@example.com", handle: "canvas-tote", quantity: 1 },
  { email: "lukas.meyer@example.com", handle: "enamel-mug", quantity: 3 },
]

const DEMO_PRODUCTS = [
  { handle: "enamel-mug", title: "Kubek emaliowany", sku: "MUG-1", price: 39 },
  { handle: "canvas-tote", title: "Torba płócienna", sku: "BAG-1", price: 49 },
]

/** A region (PLN), a sales channel, two products and the demo shoppers' orders, once. */
async function seedDemoOrders(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const emails = [...new Set(DEMO_ORDERS.map((o) => o.email))]
  const { data: existing } = await query.graph({
    entity: "order",
    fields: ["id"],
    filters: { email: emails },
    pagination: { take: 1, skip: 0 },
  })
  if (existing.length) {
    return
  }

  const {
    data: [pl],
  } = await query.graph({
    entity: "region",
    fields: ["id"],
    filters: { currency_code: "pln" },
  })
  const regionId =
    pl?.id ??
    (
      await createRegionsWorkflow(container).run({
        input: {
          regions: [
            { name: "Polska", currency_code: "pln", countries: ["pl"] },
          ],
        },
      })
    ).result[0].id

  const {
    data: [channel],
  } = await query.graph({
    entity: "sales_channel",
    fields: ["id"],
    filters: { name: "Demo store" },
  })
  const salesChannelId =
    channel?.id ??
    (
      await createSalesChannelsWorkflow(container).run({
        input: { salesChannelsData: [{ name: "Demo store" }] },
      })
    ).result[0].id

  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "variants.id"],
    filters: { handle: DEMO_PRODUCTS.map((p) => p.handle) },
  })
  const missing = DEMO_PRODUCTS.filter(
    (p) => !products.some((existing) => existing.handle === p.handle)
  )
  if (missing.length) {
    const { result } = await createProductsWorkflow(container).run({
      input: {
        products: missing.map((p) => ({
          title: p.title,
          handle: p.handle,
          status: "published" as const,
          options: [{ title: "Size", values: ["One size"] }],
          variants: [
            {
              title: "One size",
              sku: p.sku,
              manage_inventory: false,
              options: { Size: "One size" },
              prices: [{ amount: p.price, currency_code: "pln" }],
            },
          ],
          sales_channels: [{ id: salesChannelId }],
        })),
      },
    })
    products.push(...result)
  }

  for (const demo of DEMO_ORDERS) {
    const product = DEMO_PRODUCTS.find((p) => p.handle === demo.handle)!
    const variantId = products.find((p) => p.handle === demo.handle)!
      .variants[0].id
    await createOrderWorkflow(container).run({
      input: {
        region_id: regionId,
        sales_channel_id: salesChannelId,
        email: demo.email,
        currency_code: "pln",
        items: [
          {
            variant_id: variantId,
            title: product.title,
            quantity: demo.quantity,
            unit_price: product.price,
          },
        ],
        shipping_address: {
          first_name: "Demo",
          last_name: "Shopper",
          address_1: "ul. Prosta 1",
          city: "Warszawa",
          country_code: "pl",
          postal_code: "00-001",
        },
      },
    })
  }
  logger.info(`Created ${DEMO_ORDERS.length} demo orders.`)
}

/**
 * The demo's automation rules: an after-hours answer on the demo channel, urgent handling of
 * angry or threatening shoppers, and an order-status answer from BaseLinker.
 */
async function seedDemoRules(
  container: MedusaContainer,
  channelId: string,
  userId: string
) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const [, ruleCount] = await helpdesk.listAndCountHelpdeskAutomationRules(
    {},
    { take: 1 }
  )
  if (ruleCount) {
    return
  }
  const [complaint] = await helpdesk.listHelpdeskTags(
    { name: "Complaint" },
    { take: 1 }
  )
  const rules: CreateAutomationRuleInput[] = [
    {
      name: "After hours on the demo store",
      trigger: "ticket_created",
      conditions: {
        match: "all",
        predicates: [
          { field: "channel_id", operator: "is", value: channelId },
          { field: "within_opening_hours", operator: "is", value: false },
        ],
      },
      actions: [
        {
          type: "send_autoresponse",
          body: {
            en: "Thanks, {customer.first_name}! We're offline now; we'll answer tomorrow morning.",
            pl: "Dziękujemy, {customer.first_name}! Jesteśmy offline; odpowiemy jutro rano.",
          },
        },
      ],
    },
    {
      name: "Unhappy shopper",
      trigger: "customer_message",
      conditions: {
        match: "any",
        predicates: [
          { field: "sentiment", operator: "is", value: "negative" },
          {
            field: "sentiment_flag",
            operator: "contains",
            value: "threatening",
          },
        ],
      },
      actions: [
        { type: "set_priority", priority: "urgent" },
        ...(complaint
          ? [{ type: "add_tag" as const, tag_id: complaint.id }]
          : []),
        {
          type: "add_note",
          body: "Unhappy shopper on #{ticket.number}: answer first, offer a call.",
        },
      ],
    },
    {
      name: "Where is my order (BaseLinker)",
      trigger: "customer_message",
      conditions: {
        match: "all",
        predicates: [
          { field: "context", operator: "is", value: "order_status" },
          { field: "has_baselinker_orders", operator: "is", value: true },
        ],
      },
      actions: [
        {
          type: "send_autoresponse",
          body: {
            en: "Your order {order.number} is now: {order.status}. An agent will follow up if you need more.",
            pl: "Twoje zamówienie {order.number} ma status: {order.status}. Konsultant odezwie się, jeśli potrzebujesz więcej.",
          },
        },
      ],
    },
  ]
  for (const rule of rules) {
    try {
      await createAutomationRuleWorkflow(container).run({
        input: { rule, user_id: userId },
      })
    } catch (error) {
      // e.g. the demo user is not among HELPDESK_ADMINS, who alone may save an all-channel rule
      logger.warn(
        `Demo rule "${rule.name}" was not created: ${error instanceof Error ? error.message : String(error)}`
      )
    }
  }
  logger.info("Created the demo automation rules.")
}

export default async function seedDemo({ container }: ExecArgs): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const email = (
    process.env.HELPDESK_DEMO_EMAIL || "admin@example.com"
  ).toLowerCase()
  const storeUrl = (
    process.env.HELPDESK_DEMO_STORE_URL ||
    process.env.MEDUSA_BACKEND_URL ||
    "http://localhost:9000"
  ).replace(/\/+$/, "")

  const users = container.resolve<IUserModuleService>(Modules.USER)
  const [agent] = await users.listUsers({ email })
  if (!agent) {
    throw new Error(
      `No admin user ${email}: create it first (npx medusa user -e ${email} -p <password>).`
    )
  }

  if (!agent.first_name) {
    // shoppers read "<first name> joined the chat"; an e-mail address reads badly there
    await updateUsersWorkflow(container).run({
      input: {
        updates: [{ id: agent.id, first_name: "Anna", last_name: "Demo" }],
      },
    })
  }

  const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const [existing] = await helpdesk.listHelpdeskChannels(
    { name: DEMO_CHANNEL_NAME },
    { take: 1 }
  )

  let channelId: string
  if (existing) {
    channelId = existing.id
    if (existing.store_url !== storeUrl) {
      // the demo store may have moved to another port since the last run
      await updateChannelsWorkflow(container).run({
        input: { channels: [{ id: channelId, store_url: storeUrl }] },
      })
    }
    logger.info(
      `Demo channel "${DEMO_CHANNEL_NAME}" already exists (${channelId}); store URL ${storeUrl}.`
    )
  } else {
    const channel: CreateChannelInput = {
      name: DEMO_CHANNEL_NAME,
      store_url: storeUrl,
      agent_ids: [agent.id],
      welcome_message: "Hi! How can we help you today?",
      alignment: "right",
      vertical_offset: 25,
      path_list_type: "blacklist",
      paths: ["/checkout*"],
      timezone: "Europe/Warsaw",
      opening_hours: {
        mon: [{ from: "09:00", to: "17:00" }],
        tue: [{ from: "09:00", to: "17:00" }],
        wed: [{ from: "09:00", to: "17:00" }],
        thu: [{ from: "09:00", to: "17:00" }],
        fri: [{ from: "09:00", to: "17:00" }],
        sat: [],
        sun: [],
      },
      holidays: [],
      after_hours_behavior: "display_message",
      after_hours_message:
        "We are offline right now. Leave a message and we will answer by e-mail.",
      locale: "en",
      color: "#1f6feb",
    }
    const { result } = await createChannelsWorkflow(container).run({
      input: { channels: [channel] },
    })
    channelId = result[0].id
    logger.info(
      `Created demo channel "${DEMO_CHANNEL_NAME}" (${channelId}) with agent ${email}.`
    )
  }

  const [, tagCount] = await helpdesk.listAndCountHelpdeskTags({}, { take: 1 })
  if (!tagCount) {
    await createTagsWorkflow(container).run({
      input: {
        tags: [
          { name: "VIP", color: "#d97706" },
          { name: "Returns", color: "#2563eb" },
          { name: "Complaint", color: "#dc2626" },
        ],
      },
    })
    await createTeamsWorkflow(container).run({
      input: { teams: [{ name: "Customer care", member_ids: [agent.id] }] },
    })
  }

  const [, ticketCount] = await helpdesk.listAndCountHelpdeskTickets(
    { channel_id: channelId },
    { take: 1 }
  )
  if (!ticketCount) {
    for (const [i, chat] of DEMO_CONVERSATIONS.entries()) {
      await startConversationWorkflow(container).run({
        input: {
          channel_id: channelId,
          ...chat,
          client_id: `demo-${i + 1}`,
          page_url: `${storeUrl}/`,
          locale: chat.locale,
        },
      })
    }
    logger.info(`Started ${DEMO_CONVERSATIONS.length} demo conversations.`)
  }

  await seedDemoOrders(container)
  await seedDemoRules(container, channelId, agent.id)

  process.stdout.write(`HELPDESK_DEMO_CHANNEL_ID=${channelId}\n`)
}
