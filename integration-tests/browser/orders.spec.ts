import type { Page } from "playwright-core"

import type { TicketOrdersResponse } from "../../src/types/orders"
import type { WireConversation } from "../../src/types/realtime"
import { makeOrder, startBaselinkerDouble } from "../fixtures/baselinker-double"
import { OPEN_ALWAYS, setUpBrowserSuite } from "../helpers/browser"

// The first visit compiles the whole admin through Vite.
jest.setTimeout(10 * 60 * 1000)

type Double = Awaited<ReturnType<typeof startBaselinkerDouble>>

const TOKEN = "browser-orders-token"
const EMAIL = "jan.kowalski@example.com"
const DAY = 86_400

/** A total as the card writes it in an en-US browser. */
const money = (total: number, currency: string) =>
  new Intl.NumberFormat("en-US", { style: "currency", currency }).format(total)

describe("Orders card of a ticket in Medusa Admin", () => {
  let double: Double | undefined
  const suite = setUpBrowserSuite({
    name: "orders",
    database: "hd_orders_browser",
    port: 9360,
    email: "anna@example.com",
    password: "supersecret",
    serverEnv: async () => {
      double = await startBaselinkerDouble({
        token: TOKEN,
        orders: [
          makeOrder({
            order_id: 700001,
            email: EMAIL,
            order_status_id: 513687,
            date_add: Math.floor(Date.now() / 1000) - 2 * DAY,
            delivery_price: "14.99",
            products: [
              {
                name: "Kubek emaliowany",
                sku: "MUG-1",
                quantity: 1,
                price_brutto: 49.9,
              },
            ],
          }),
        ],
      })
      return {
        BASELINKER_TOKEN: TOKEN,
        BASELINKER_API_URL: double.url,
        // the scheduled refresh would add calls the test does not make
        BASELINKER_BACKGROUND_REFRESH: "false",
      }
    },
  })
  const { apiOk } = suite
  let agent: Page
  let ticketId: string
  let medusaOrder: { id: string; display_id: number; total: number }

  afterAll(async () => {
    await double?.stop()
  })

  beforeAll(async () => {
    await apiOk("POST", `/admin/users/${suite.adminId}`, {
      first_name: "Anna",
      last_name: "Agent",
    })
    const { channel } = await apiOk<{ channel: { id: string } }>(
      "POST",
      "/admin/helpdesk/channels",
      {
        name: "Sklep",
        store_url: "https://shop.example.com",
        opening_hours: OPEN_ALWAYS,
        locale: "en",
      }
    )
    const res = await fetch(
      `${suite.url}/helpdesk/channels/${channel.id}/conversations`,
      {
        method: "POST",
        headers: {
          "content-type": "application/json",
          origin: "https://shop.example.com",
        },
        body: JSON.stringify({
          name: "Jan Kowalski",
          email: EMAIL,
          subject: "Gdzie jest moja paczka?",
          message: "Zamówiłem kubek tydzień temu.",
          client_id: "orders-browser-1",
        }),
      }
    )
    expect(res.status).toBe(201)
    ticketId = ((await res.json()) as { conversation: WireConversation })
      .conversation.id

    // a Medusa order of the shopper, placed through Medusa's own API
    const { region } = await apiOk<{ region: { id: string } }>(
      "POST",
      "/admin/regions",
      { name: "Polska", currency_code: "pln" }
    )
    const { draft_order } = await apiOk<{ draft_order: { id: string } }>(
      "POST",
      "/admin/draft-orders",
      {
        email: EMAIL,
        region_id: region.id,
        items: [{ title: "Torba płócienna", quantity: 2, unit_price: 39 }],
      }
    )
    medusaOrder = (
      await apiOk<{
        order: { id: string; display_id: number; total: number }
      }>("POST", `/admin/draft-orders/${draft_order.id}/convert-to-order`)
    ).order

    agent = await suite.newPage({
      viewport: { width: 1440, height: 900 },
      locale: "en-US",
      timeout: 60_000,
      reportErrors: true,
    })
  })

  it("shows the shopper's Medusa order and BaseLinker order with number, status and total", async () => {
    await suite.logIn(agent)
    await agent.goto(`${suite.url}/app/helpdesk/tickets/${ticketId}`)
    const card = agent.getByRole("region", { name: "Orders" })

    const medusaRow = card
      .getByRole("list", { name: "Medusa orders" })
      .getByRole("listitem", { name: `Order #${medusaOrder.display_id}` })
    await medusaRow.waitFor()
    const medusaText = (await medusaRow.textContent()) ?? ""
    expect(medusaText).toContain(`#${medusaOrder.display_id}`)
    expect(medusaText).toContain("Pending")
    expect(medusaText).toContain(money(78, "PLN"))

    const baselinkerRow = card
      .getByRole("list", { name: "BaseLinker orders" })
      .getByRole("listitem", { name: "BaseLinker order #700001" })
    await baselinkerRow.waitFor()
    const baselinkerText = (await baselinkerRow.textContent()) ?? ""
    expect(baselinkerText).toContain("#700001")
    expect(baselinkerText).toContain("Nowe zamówienia")
    // 49.90 and 14.99 delivery
    expect(baselinkerText).toContain(money(64.89, "PLN"))
    expect(
      await baselinkerRow
        .getByRole("link", { name: "#700001" })
        .getAttribute("href")
    ).toMatch(/orders\.php#order:700001$/)
    await suite.shot(agent, "ticket-orders")
  })

  it("changes the BaseLinker order's status from the card: one setOrderStatus, and the line in the transcript", async () => {
    const card = agent.getByRole("region", { name: "Orders" })
    const row = card.getByRole("listitem", { name: "BaseLinker order #700001" })
    const calls = double!.callsOf("setOrderStatus").length

    await row.getByRole("combobox", { name: "Status" }).click()
    await agent.getByRole("option", { name: "Wysłane" }).click()

    await agent
      .getByRole("list", { name: "Conversation" })
      .getByText("BaseLinker order 700001: Nowe zamówienia → Wysłane")
      .waitFor()
    await row.getByText("Wysłane").first().waitFor()
    expect(double!.callsOf("setOrderStatus").slice(calls)).toEqual([
      expect.objectContaining({
        parameters: { order_id: 700001, status_id: 513689 },
        status: "SUCCESS",
      }),
    ])
    expect(double!.callsOf("setOrderStatus")).toHaveLength(calls + 1)

    const orders = await apiOk<TicketOrdersResponse>(
      "GET",
      `/admin/helpdesk/tickets/${ticketId}/orders`
    )
    expect(
      orders.orders.find((o) => o.source === "baselinker")?.status.name
    ).toBe("Wysłane")
    await suite.shot(agent, "ticket-orders-status-changed")
  })
})
