import fs from "node:fs"
import path from "node:path"
import type { Page } from "playwright-core"

import type { WireMessage } from "../../src/types/realtime"
import { OPEN_ALWAYS, setUpBrowserSuite, type Store } from "../helpers/browser"
import { eventually } from "../helpers/sockets"

type ApiTicket = {
  id: string
  number: number
  status: string
  assignee_id: string | null
  tags: { id: string; name: string }[]
  followers: { id: string; user_id: string }[]
  tasks: { id: string; title: string }[]
  closed_at: string | null
}

// The first visit compiles the whole admin through Vite.
jest.setTimeout(10 * 60 * 1000)

const SUBJECT = "Where is my order?"
const FIRST_MESSAGE = "Hello, my parcel has not arrived."
const NOTE = "Customer sounds upset; call the carrier first."

describe("Agent inbox in Medusa Admin", () => {
  const suite = setUpBrowserSuite({
    name: "inbox",
    database: "hd_inbox_browser",
    port: 9330,
    email: "anna@example.com",
    password: "supersecret",
    buildWidget: true,
  })
  const { apiOk } = suite
  let store: Store
  let agent: Page
  let shopper: Page
  let ticketId: string
  let channelId: string

  const getTicket = async () =>
    (
      await apiOk<{ ticket: ApiTicket }>(
        "GET",
        `/admin/helpdesk/tickets/${ticketId}`
      )
    ).ticket

  const shot = (name: string) => suite.shot(agent, name)
  const shopperShot = (name: string) => suite.shot(shopper, name)

  const toast = (text: string | RegExp) =>
    agent.locator("[data-sonner-toast]").filter({ hasText: text }).first()
  const transcript = () => agent.getByRole("list", { name: "Conversation" })
  const widgetLines = () => shopper.locator("helpdesk-widget li")
  const sidebar = () => agent.getByLabel("Ticket details")

  beforeAll(async () => {
    await apiOk("POST", `/admin/users/${suite.adminId}`, {
      first_name: "Anna",
      last_name: "Agent",
    })
    await apiOk("POST", "/admin/helpdesk/tags", {
      name: "VIP",
      color: "#e11d48",
    })

    store = await suite.startStore()
    const created = await apiOk<{ channel: { id: string } }>(
      "POST",
      "/admin/helpdesk/channels",
      {
        name: "Test shop",
        store_url: store.url,
        welcome_message: "Hi! How can we help?",
        opening_hours: OPEN_ALWAYS,
        timezone: "Europe/Warsaw",
        locale: "en",
      }
    )
    channelId = created.channel.id
    const embed = await apiOk<{ embed_code: string }>(
      "GET",
      `/admin/helpdesk/channels/${channelId}/embed-code`
    )
    store.setEmbed(embed.embed_code)

    agent = await suite.newPage({
      viewport: { width: 1440, height: 900 },
      locale: "en-US",
      timeout: 60_000,
      reportErrors: true,
    })
    shopper = await suite.newPage({
      viewport: { width: 1280, height: 800 },
      locale: "en-US",
      timeout: 30_000,
    })
  })

  it("lets a shopper start a chat from the widget on the store", async () => {
    await shopper.goto(`${store.url}/`)
    await shopper.getByRole("button", { name: /^Open chat/ }).click()
    await shopper.getByLabel("Full name").fill("Jan Kowalski")
    await shopper.getByLabel("E-mail").fill("jan@example.com")
    await shopper.getByLabel("Subject").fill(SUBJECT)
    await shopper
      .getByRole("textbox", { name: "Message", exact: true })
      .fill(FIRST_MESSAGE)
    await shopper.getByRole("button", { name: "Start chat" }).click()
    await shopper.getByText("Waiting for an agent…").waitFor()
  })

  it("shows the ticket in To handle with its count after opening Helpdesk from the sidebar, and new chats arrive live", async () => {
    await suite.logIn(agent)

    await agent.getByRole("link", { name: "Helpdesk", exact: true }).click()
    await agent.waitForURL(/\/app\/helpdesk$/)
    await agent.getByRole("heading", { name: "To handle" }).waitFor()

    const row = agent.getByRole("row", { name: new RegExp(SUBJECT) })
    await row.waitFor()
    ticketId = (await row.getAttribute("data-ticket-id"))!
    expect(ticketId).toMatch(/^hdt_/)
    // the customer is waiting: marked unread
    expect(await row.getAttribute("data-unread")).toBe("true")
    const rowText = await row.textContent()
    expect(rowText).toContain("Jan Kowalski")
    expect(rowText).toContain("jan@example.com")
    expect(rowText).toContain("New")
    expect(rowText).toContain("Unassigned")

    const toHandle = agent.locator('[data-view="to_handle"]')
    await eventually(async () =>
      expect((await toHandle.textContent())?.trim()).toBe("To handle1")
    )
    expect(await toHandle.getAttribute("aria-current")).toBe("page")
    await agent.locator('[data-realtime="live"]').waitFor()

    // a chat started now shows up without a reload, and the count follows
    const status = await shopper.evaluate(
      async ({ backend, id }) => {
        const res = await fetch(
          `${backend}/helpdesk/channels/${id}/conversations`,
          {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({
              name: "Ola Nowak",
              email: "ola@example.com",
              subject: "Can I change my size?",
              message: "I ordered M but need L.",
              client_id: "inbox-live-1",
            }),
          }
        )
        return res.status
      },
      { backend: suite.url, id: channelId }
    )
    expect(status).toBe(201)
    await agent.getByRole("row", { name: /Can I change my size\?/ }).waitFor()
    await eventually(async () =>
      expect((await toHandle.textContent())?.trim()).toBe("To handle2")
    )
    await shot("inbox")
  })

  it("opens the ticket, takes it, and tells the shopper Anna joined", async () => {
    await agent.getByRole("row", { name: new RegExp(SUBJECT) }).click()
    await agent.waitForURL(new RegExp(`/app/helpdesk/tickets/${ticketId}$`))
    await agent.getByRole("heading", { name: SUBJECT }).waitFor()
    await transcript().getByText(FIRST_MESSAGE).waitFor()

    await shopper.getByText("Anna joined the chat").waitFor()
    await transcript().getByText("Anna joined the chat").waitFor()

    await eventually(async () => {
      const ticket = await getTicket()
      expect(ticket.status).toBe("open")
      expect(ticket.assignee_id).toBe(suite.adminId)
    }, 15_000)
  })

  it("sends the reply to the widget, with a typing indicator first", async () => {
    await agent.locator('[data-realtime="live"]').waitFor()
    const reply = agent.getByRole("textbox", { name: "Reply" })
    await reply.fill("Hi Jan, let me check your order.")
    await shopper.getByText("Anna is typing…").waitFor()

    await reply.press("Enter")
    await shopper.getByText("Hi Jan, let me check your order.").waitFor()
    await transcript()
      .locator('[data-author="agent"]')
      .getByText("Hi Jan, let me check your order.")
      .waitFor()
    await expect(reply.inputValue()).resolves.toBe("")
    await agent.locator("[data-pending]").waitFor({ state: "detached" })
  })

  it("keeps an internal note among agents, marked as such", async () => {
    await agent.getByRole("radio", { name: "Note" }).click()
    const note = agent.getByRole("textbox", { name: "Internal note" })
    await note.fill(NOTE)
    await note.press("Enter")
    const line = transcript().locator(
      'li[data-kind="note"][data-author="agent"]'
    )
    await line.getByText(NOTE).waitFor()
    await line.getByText("Internal note").waitFor()
    await agent.locator("[data-pending]").waitFor({ state: "detached" })
    await agent.getByRole("radio", { name: "Reply" }).click()
  })

  it("shows the shopper's typing and reply live on the ticket page", async () => {
    const composer = shopper.getByRole("textbox", { name: "Your message" })
    await composer.fill("It is order #1001, thanks!")
    await agent.getByText(/is typing…$/).waitFor()

    await composer.press("Enter")
    await transcript()
      .locator('[data-author="customer"]')
      .getByText("It is order #1001, thanks!")
      .waitFor()
    await agent.getByText(/is typing…$/).waitFor({ state: "hidden" })
    // the note written before never reached the shopper
    await shopper.getByText("It is order #1001, thanks!").waitFor()
    expect(await widgetLines().allTextContents()).not.toContainEqual(
      expect.stringContaining(NOTE)
    )

    // each message once, in order
    const { messages } = await apiOk<{ messages: WireMessage[] }>(
      "GET",
      `/admin/helpdesk/tickets/${ticketId}/messages`
    )
    const shown = await transcript()
      .locator("li[data-seq]")
      .evaluateAll((items) =>
        items.map((li) => Number(li.getAttribute("data-seq")))
      )
    expect(shown).toEqual(messages.map((m) => m.seq))
  })

  it("adds a tag and a follower from the sidebar", async () => {
    await sidebar().getByRole("button", { name: "Edit tags" }).click()
    await agent.getByRole("menuitemcheckbox", { name: "VIP" }).click()
    await agent.keyboard.press("Escape")
    await sidebar().getByText("VIP", { exact: true }).waitFor()

    await sidebar().getByRole("button", { name: "Edit followers" }).click()
    await agent.getByRole("menuitemcheckbox", { name: "Anna Agent" }).click()
    await agent.keyboard.press("Escape")
    await sidebar().getByText("No followers").waitFor({ state: "detached" })

    await eventually(async () => {
      const ticket = await getTicket()
      expect(ticket.tags.map((t) => t.name)).toEqual(["VIP"])
      expect(ticket.followers.map((f) => f.user_id)).toEqual([suite.adminId])
    }, 15_000)
    // the change is written to the transcript as an internal line
    await transcript().getByText(/VIP/).first().waitFor()
    // and never reaches the shopper
    expect(await widgetLines().allTextContents()).not.toContainEqual(
      expect.stringContaining("VIP")
    )
  })

  it("creates a task for the ticket from the ⋯ menu", async () => {
    await agent.getByRole("button", { name: "Ticket actions" }).click()
    await agent.getByRole("menuitem", { name: "New task" }).click()
    const drawer = agent.getByRole("dialog")
    await drawer.getByRole("heading", { name: "New task" }).waitFor()
    await drawer.getByLabel("Title", { exact: true }).fill("Ask the carrier")
    await drawer
      .getByRole("textbox", { name: /^Description/ })
      .fill("Parcel stuck since Monday")
    await drawer.getByRole("button", { name: "Create task" }).click()

    await toast('Task "Ask the carrier" was created.').waitFor()
    await toast("Open Projects")
      .getByRole("button", { name: "Open Projects" })
      .waitFor()
    await drawer.waitFor({ state: "detached" })
    await agent.getByLabel("Tasks").getByText("Ask the carrier").waitFor()

    const { tasks } = await apiOk<{
      tasks: { title: string; ticket_id: string | null; status: string }[]
    }>("GET", `/admin/helpdesk/tasks?ticket_id=${ticketId}`)
    expect(tasks).toEqual([
      expect.objectContaining({
        title: "Ask the carrier",
        ticket_id: ticketId,
        status: "todo",
      }),
    ])
  })

  it("closes the ticket, and the widget shows the conversation closed", async () => {
    await agent.getByRole("button", { name: "Ticket actions" }).click()
    await agent.getByRole("menuitem", { name: "Close ticket" }).click()
    await toast(/was closed/).waitFor()
    await agent.getByText("This conversation is closed.").waitFor()

    await shopper.getByText("This conversation has been closed.").waitFor()
    await shopper.getByText("The conversation was closed").waitFor()
    // a closed conversation takes no more messages; the shopper is offered a new one
    await shopper
      .getByRole("textbox", { name: "Your message" })
      .waitFor({ state: "hidden" })
    await shopper
      .getByRole("button", { name: "Start a new conversation" })
      .waitFor()

    const ticket = await getTicket()
    expect(ticket.status).toBe("closed")
    expect(ticket.closed_at).not.toBeNull()

    await transcript().getByText("The conversation was closed").waitFor()
    // let the toasts go, so the picture shows the page
    await agent
      .locator("[data-sonner-toast]")
      .first()
      .waitFor({ state: "detached", timeout: 20_000 })
    await shot("ticket")
    await shopperShot("widget-closed")

    await shopper
      .getByRole("button", { name: "Start a new conversation" })
      .click()
    await shopper.getByLabel("Full name").waitFor()
  })
  it("moves the task across the Projects board and links back to its ticket", async () => {
    await agent
      .getByLabel("Tasks")
      .getByRole("link", { name: "Open Projects" })
      .click()
    await agent.waitForURL(/\/app\/helpdesk\/projects$/)
    await agent.getByRole("heading", { name: "All tasks" }).waitFor()

    const todo = agent.locator('[data-column="todo"]')
    const doing = agent.locator('[data-column="doing"]')
    const card = (column: typeof todo) =>
      column.locator("li[data-task-id]").filter({
        has: agent.locator('input[value="Ask the carrier"]'),
      })
    await card(todo).waitFor()

    await card(todo).getByRole("combobox", { name: "Status" }).click()
    await agent.getByRole("option", { name: "Doing" }).click()
    await card(doing).waitFor()
    await expect(card(todo).count()).resolves.toBe(0)
    await shot("projects")

    const { tasks } = await apiOk<{ tasks: { status: string }[] }>(
      "GET",
      `/admin/helpdesk/tasks?ticket_id=${ticketId}`
    )
    expect(tasks.map((t) => t.status)).toEqual(["doing"])

    await card(doing).getByRole("link", { name: "Open ticket" }).click()
    await agent.waitForURL(new RegExp(`/app/helpdesk/tickets/${ticketId}$`))
    await agent.getByRole("heading", { name: SUBJECT }).waitFor()
  })

  it("lists the ticket on the customer's page in Medusa Admin, found by e-mail", async () => {
    const { customer } = await apiOk<{ customer: { id: string } }>(
      "POST",
      "/admin/customers",
      { email: "jan@example.com", first_name: "Jan", last_name: "Kowalski" }
    )
    await agent.goto(`${suite.url}/app/customers/${customer.id}`)
    const widget = agent.getByRole("region", { name: "Helpdesk tickets" })
    await widget.getByRole("link", { name: new RegExp(SUBJECT) }).waitFor()
    await widget.getByText("Closed").waitFor()

    await widget.getByRole("link", { name: new RegExp(SUBJECT) }).click()
    await agent.waitForURL(new RegExp(`/app/helpdesk/tickets/${ticketId}$`))
  })
  it("lists the ticket on the page of an order placed from the shopper's e-mail", async () => {
    const { region } = await apiOk<{ region: { id: string } }>(
      "POST",
      "/admin/regions",
      { name: "Europe", currency_code: "eur" }
    )
    const { draft_order } = await apiOk<{ draft_order: { id: string } }>(
      "POST",
      "/admin/draft-orders",
      {
        email: "jan@example.com",
        region_id: region.id,
        items: [{ title: "Enamel mug", quantity: 1, unit_price: 12 }],
      }
    )
    const { order } = await apiOk<{ order: { id: string } }>(
      "POST",
      `/admin/draft-orders/${draft_order.id}/convert-to-order`
    )

    await agent.goto(`${suite.url}/app/orders/${order.id}`)
    const widget = agent.getByRole("region", { name: "Helpdesk tickets" })
    await widget.getByRole("link", { name: new RegExp(SUBJECT) }).waitFor()
    await shot("order")

    await widget.getByRole("link", { name: new RegExp(SUBJECT) }).click()
    await agent.waitForURL(new RegExp(`/app/helpdesk/tickets/${ticketId}$`))
  })

  it("shows the shopper's Medusa orders in the ticket's Orders card, and links another order from it", async () => {
    // an order from another e-mail: found only once linked by its number
    const {
      regions: [region],
    } = await apiOk<{ regions: { id: string }[] }>(
      "GET",
      "/admin/regions?limit=1"
    )
    const { draft_order } = await apiOk<{ draft_order: { id: string } }>(
      "POST",
      "/admin/draft-orders",
      {
        email: "gift.for.jan@example.com",
        region_id: region.id,
        items: [{ title: "Tote bag", quantity: 2, unit_price: 20 }],
      }
    )
    const { order: gift } = await apiOk<{
      order: { id: string; display_id: number }
    }>("POST", `/admin/draft-orders/${draft_order.id}/convert-to-order`)

    await agent.goto(`${suite.url}/app/helpdesk/tickets/${ticketId}`)
    const card = agent.getByRole("region", { name: "Orders" })
    const medusaOrders = card.getByRole("list", { name: "Medusa orders" })
    await medusaOrders.getByText("Enamel mug", { exact: false }).waitFor({
      state: "attached",
    })
    await card
      .getByText(/BaseLinker is not connected.*BASELINKER_TOKEN/)
      .waitFor()
    expect(await medusaOrders.getByRole("listitem").count()).toBe(1)

    await card
      .getByLabel("Order id or number to link")
      .fill(String(gift.display_id))
    await card.getByRole("button", { name: "Link order" }).click()
    const linked = medusaOrders.getByRole("listitem", {
      name: `Order #${gift.display_id}`,
    })
    await linked.getByText("Linked").waitFor()
    await transcript()
      .getByText(`Anna linked order #${gift.display_id} to this ticket`)
      .waitFor()
    await shot("ticket-orders")

    // unlinked, an order of another e-mail is no longer the shopper's
    await linked.getByRole("button", { name: "Unlink", exact: true }).click()
    await linked.waitFor({ state: "detached" })
    await transcript()
      .getByText(`Anna unlinked order #${gift.display_id} from this ticket`)
      .waitFor()
    const { orders } = await apiOk<{ orders: { id: string }[] }>(
      "GET",
      `/admin/helpdesk/tickets/${ticketId}/orders`
    )
    expect(orders.map((o) => o.id)).not.toContain(gift.id)
  })

  it("speaks Polish when the admin user switches Medusa Admin to Polish", async () => {
    // Medusa Admin keeps the chosen language in the `lng` cookie and localStorage entry
    await agent
      .context()
      .addCookies([{ name: "lng", value: "pl", url: suite.url }])
    await agent.evaluate(() => localStorage.setItem("lng", "pl"))
    try {
      await agent.goto(`${suite.url}/app/helpdesk?view=all`)
      await agent.getByRole("heading", { name: "Wszystkie" }).waitFor()
      const views = agent.getByRole("navigation", { name: "Widoki zgłoszeń" })
      for (const name of [
        "Do obsłużenia",
        "Moje",
        "Nieprzypisane",
        "Oczekujące",
        "Zamknięte",
      ]) {
        await views
          .getByRole("button", { name: new RegExp(`^${name}`) })
          .waitFor()
      }
      await agent.getByText(/^\d+ zgłosze(nie|nia|ń)$/).waitFor()
      await agent.getByRole("button", { name: "Nowe zgłoszenie" }).waitFor()
      await shot("inbox-pl")
      // the README's picture of the Polish inbox
      fs.mkdirSync(path.resolve(__dirname, "../../docs/images"), {
        recursive: true,
      })
      await agent.screenshot({
        path: path.resolve(__dirname, "../../docs/images/inbox-pl.png"),
      })

      await agent.goto(`${suite.url}/app/helpdesk/tickets/${ticketId}`)
      await agent
        .getByRole("region", { name: "Szczegóły zgłoszenia" })
        .waitFor()
      await agent.getByRole("list", { name: "Rozmowa" }).waitFor()
      await agent.getByRole("radio", { name: "Notatka" }).waitFor()
      // what the system wrote into the transcript stays in the ticket's language
      await agent.getByText("Anna joined the chat").first().waitFor()
      await shot("ticket-pl")
    } finally {
      await agent
        .context()
        .addCookies([{ name: "lng", value: "en", url: suite.url }])
      await agent.evaluate(() => localStorage.setItem("lng", "en"))
    }
  })
})
