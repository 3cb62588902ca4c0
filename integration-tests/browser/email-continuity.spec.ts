import type { WireMessage } from "../../src/types/realtime"
import { OPEN_ALWAYS, setUpBrowserSuite, type Store } from "../helpers/browser"
import { eventually, sleep } from "../helpers/sockets"

jest.setTimeout(6 * 60 * 1000)

type Notification = {
  to: string
  template: string
  resource_id: string
  created_at: string
  data: {
    ticket_id: string
    messages: { author: string; body: string }[]
    continue_url: string
  }
}

describe("A reply e-mailed to a shopper who left", () => {
  const suite = setUpBrowserSuite({
    name: "email-continuity",
    database: "hd_email_browser",
    port: 9380,
    email: "anna@example.com",
    password: "supersecret",
    serveAdmin: false,
    buildWidget: true,
  })
  const { api, apiOk } = suite
  let store: Store
  let channelId: string

  beforeAll(async () => {
    await api("POST", `/admin/users/${suite.adminId}`, { first_name: "Anna" })
    store = await suite.startStore({ showPath: true })
    channelId = (
      await apiOk<{ channel: { id: string } }>(
        "POST",
        "/admin/helpdesk/channels",
        {
          name: "Test shop",
          store_url: store.url,
          opening_hours: OPEN_ALWAYS,
          locale: "en",
          // the shortest quiet period: the scheduled job sends within two minutes
          email_reply_delay_minutes: 1,
        }
      )
    ).channel.id
    store.setEmbed(
      (
        await apiOk<{ embed_code: string }>(
          "GET",
          `/admin/helpdesk/channels/${channelId}/embed-code`
        )
      ).embed_code
    )
  })

  it("opens the conversation with its transcript in a fresh browser from the e-mail's link, and the shopper answers from there", async () => {
    // the shopper wrote from the store, then closed the page
    const started = await fetch(
      `${suite.url}/helpdesk/channels/${channelId}/conversations`,
      {
        method: "POST",
        headers: { "content-type": "application/json", origin: store.url },
        body: JSON.stringify({
          name: "Jan Kowalski",
          email: "jan@example.com",
          subject: "Where is my order?",
          message: "I ordered last week.",
          client_id: "browser-start-1",
          page_url: `${store.url}/products/shirt`,
          locale: "en",
        }),
      }
    )
    expect(started.status).toBe(201)
    const ticketId = (
      (await started.json()) as { conversation: { id: string } }
    ).conversation.id
    await apiOk("POST", `/admin/helpdesk/tickets/${ticketId}/messages`, {
      body: "Your parcel left the warehouse today.",
    })

    // Medusa's scheduled job e-mails it once the quiet period is over (the local provider keeps it)
    let email: Notification | undefined
    const until = Date.now() + 150_000
    while (!email && Date.now() < until) {
      const { notifications } = await apiOk<{ notifications: Notification[] }>(
        "GET",
        "/admin/notifications?limit=50"
      )
      email = notifications.find(
        (n) =>
          n.template === "helpdesk-chat-reply" && n.resource_id === ticketId
      )
      if (!email) {
        await sleep(1000)
      }
    }
    expect(email).toBeDefined()
    expect(email!.to).toBe("jan@example.com")
    expect(email!.data.messages).toEqual([
      expect.objectContaining({
        author: "Anna",
        body: "Your parcel left the warehouse today.",
      }),
    ])
    expect(email!.data.continue_url.startsWith(`${store.url}/#hd=`)).toBe(true)

    // another device: a browser that never saw the store
    const page = await suite.newPage({
      viewport: { width: 1280, height: 800 },
      locale: "en-US",
      timeout: 20_000,
      reportErrors: true,
    })
    await page.goto(email!.data.continue_url)
    const lines = page.locator("helpdesk-widget li")
    await page.getByText("Your parcel left the warehouse today.").waitFor()
    await expect(lines.allTextContents()).resolves.toEqual([
      expect.stringContaining("I ordered last week."),
      expect.stringContaining("Your parcel left the warehouse today."),
    ])
    await suite.shot(page, "01-conversation-from-the-link")
    // the token leaves the address once the conversation is saved on this device
    await eventually(() => expect(page.url()).toBe(`${store.url}/`))
    const saved = await page.evaluate(
      (key) =>
        JSON.parse(localStorage.getItem(key) ?? "null") as {
          conversation_id: string
        } | null,
      `helpdesk:${channelId}`
    )
    expect(saved?.conversation_id).toBe(ticketId)

    // the shopper answers in the chat, as if they had never left
    const composer = page.getByRole("textbox", { name: "Your message" })
    await composer.fill("Thank you!")
    await composer.press("Enter")
    await eventually(async () => {
      const { messages } = await apiOk<{ messages: WireMessage[] }>(
        "GET",
        `/admin/helpdesk/tickets/${ticketId}/messages`
      )
      expect(messages.map((m) => m.body)).toContain("Thank you!")
    })

    // a reply that reaches the open page is confirmed by the widget: nothing to e-mail
    const live = await apiOk<{ message: WireMessage }>(
      "POST",
      `/admin/helpdesk/tickets/${ticketId}/messages`,
      { body: "You're welcome." }
    )
    await page.getByText("You're welcome.").waitFor()
    await sleep(1500)
    const { ticket } = await apiOk<{ ticket: Record<string, unknown> }>(
      "GET",
      `/admin/helpdesk/tickets/${ticketId}?fields=id,visitor_seen_seq,last_emailed_seq`
    )
    expect(ticket.visitor_seen_seq).toBe(live.message.seq)
    await page.context().close()
  })

  it("keeps the chat closed and the store usable when the link has expired or was changed", async () => {
    const page = await suite.newPage({
      viewport: { width: 1280, height: 800 },
      locale: "en-US",
      timeout: 20_000,
    })
    const warnings: string[] = []
    page.on("console", (msg) => {
      if (msg.type() === "warning") {
        warnings.push(msg.text())
      }
    })
    await page.goto(`${store.url}/#hd=continue.e30.bm90LWEtc2lnbmF0dXJl`)
    await page.getByRole("button", { name: /^Open chat/ }).waitFor()
    await eventually(() =>
      expect(warnings.join("\n")).toMatch(/expired or is not valid/)
    )
    await eventually(() => expect(page.url()).toBe(`${store.url}/`))
    await expect(page.locator("helpdesk-widget li").count()).resolves.toBe(0)
    await page.context().close()
  })
})
