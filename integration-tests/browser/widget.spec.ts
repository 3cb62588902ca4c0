import type { BrowserContext, Page } from "playwright-core"

import type { WireMessage } from "../../src/types/realtime"
import { OPEN_ALWAYS, setUpBrowserSuite, type Store } from "../helpers/browser"
import { connect, eventually, type Received } from "../helpers/sockets"

type Session = {
  conversation_id: string
  visitor_token: string
  last_seq: number
  owner: string | null
  outbox?: { client_id: string; body: string }[]
}

type Ticket = {
  id: string
  customer_id: string | null
  customer_name: string
  customer_email: string
}

type HelpdeskWindow = Window & {
  Helpdesk: (command: string, ...args: unknown[]) => unknown
  tokenCalls?: number
}

jest.setTimeout(5 * 60 * 1000)

const XSS = "<img src=x onerror=alert(1)>"

const CLOSED_ALWAYS = {
  mon: [],
  tue: [],
  wed: [],
  thu: [],
  fri: [],
  sat: [],
  sun: [],
}

/** Store CSS that would wreck a widget living in the page rather than in its shadow root. */
const HOSTILE_CSS = [
  "div, button, input, textarea, section { display: none !important; background: red !important; }",
  "body { font: 40px/2 serif; color: green; }",
].join("\n")

describe("Storefront chat widget", () => {
  const suite = setUpBrowserSuite({
    name: "widget",
    database: "hd_widget_browser",
    port: 9320,
    email: "anna@example.com",
    password: "supersecret",
    serveAdmin: false,
    buildWidget: true,
  })
  const { api } = suite
  let store: Store
  let context: BrowserContext
  let page: Page
  let channelId: string
  let ticketId: string
  const dialogs: string[] = []

  const updateChannel = async (changes: Record<string, unknown>) => {
    const res = await api(
      "POST",
      `/admin/helpdesk/channels/${channelId}`,
      changes
    )
    expect(res.status).toBe(200)
  }

  const shot = (name: string, target: Page = page) => suite.shot(target, name)

  const bubble = (target: Page = page) =>
    target.getByRole("button", { name: /^Open chat/ })
  const lines = (target: Page = page) => target.locator("helpdesk-widget li")
  const session = () =>
    page.evaluate(
      (key) =>
        JSON.parse(localStorage.getItem(key) ?? "null") as Session | null,
      `helpdesk:${channelId}`
    )

  /** Loads a store page and waits until the widget has read its config and drawn (or not). */
  const loadAndSettle = async (url: string) => {
    const config = page.waitForResponse((res) =>
      res.url().includes("/widget-config")
    )
    await page.goto(url)
    await config
    await page.locator("helpdesk-widget").waitFor({ state: "attached" })
  }

  const fillPreChat = async (target: Page, message: string) => {
    await target.getByLabel("Full name").fill("Jan Kowalski")
    await target.getByLabel("E-mail").fill("jan@example.com")
    await target.getByLabel("Subject").fill("Where is my order?")
    await target
      .getByRole("textbox", { name: "Message", exact: true })
      .fill(message)
  }

  beforeAll(async () => {
    await api("POST", `/admin/users/${suite.adminId}`, {
      first_name: "Anna",
      last_name: "Agent",
    })

    store = await suite.startStore({ css: HOSTILE_CSS, showPath: true })
    const created = await api<{ channel: { id: string } }>(
      "POST",
      "/admin/helpdesk/channels",
      {
        name: "Test shop",
        store_url: store.url,
        welcome_message: "Hi! How can we help?",
        paths: ["/checkout*", "/account/*"],
        opening_hours: OPEN_ALWAYS,
        timezone: "Europe/Warsaw",
        locale: "en",
        color: "#1f6feb",
      }
    )
    expect(created.status).toBe(200)
    channelId = created.body.channel.id
    const embed = await api<{ embed_code: string }>(
      "GET",
      `/admin/helpdesk/channels/${channelId}/embed-code`
    )
    store.setEmbed(embed.body.embed_code)

    page = await suite.newPage({
      viewport: { width: 1280, height: 800 },
      locale: "en-US",
      timeout: 20_000,
    })
    context = page.context()
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
  })

  it("draws the bubble at the channel's corner and offset, out of reach of the store's CSS", async () => {
    await page.goto(`${store.url}/`)
    await bubble().waitFor()
    expect(await bubble().boundingBox()).toEqual({
      x: 1280 - 20 - 56,
      y: 800 - 25 - 56,
      width: 56,
      height: 56,
    })
    const background = await bubble().evaluate(
      (el) => getComputedStyle(el).backgroundColor
    )
    expect(background).toBe("rgb(31, 111, 235)")
    await shot("01-bubble-right")

    // a second copy of the loader (the snippet pasted twice) draws no second bubble
    await page.evaluate(
      (src) =>
        new Promise((resolve, reject) => {
          const script = document.createElement("script")
          script.src = src
          script.onload = resolve
          script.onerror = reject
          document.head.append(script)
        }),
      `${suite.url}/helpdesk/widget/loader.js`
    )
    await page.waitForTimeout(300)
    await expect(page.locator("helpdesk-widget").count()).resolves.toBe(1)
    await expect(bubble().count()).resolves.toBe(1)

    await updateChannel({ alignment: "left", vertical_offset: 120 })
    await page.reload()
    await bubble().waitFor()
    expect(await bubble().boundingBox()).toEqual({
      x: 20,
      y: 800 - 120 - 56,
      width: 56,
      height: 56,
    })
    await shot("02-bubble-left")

    await updateChannel({ alignment: "right", vertical_offset: 25 })
  })

  it("hides the bubble on blacklisted paths, also after history.pushState", async () => {
    await loadAndSettle(`${store.url}/checkout/step-2`)
    // the widget is on the page, but shows nothing
    await expect(page.locator("helpdesk-widget").count()).resolves.toBe(1)
    expect(await bubble().isVisible()).toBe(false)

    await page.evaluate(() => history.pushState({}, "", "/products/shirt"))
    await bubble().waitFor()
    await page.evaluate(() => history.pushState({}, "", "/account/orders"))
    await bubble().waitFor({ state: "hidden" })
    await page.evaluate(() => history.replaceState({}, "", "/account"))
    await bubble().waitFor()
    await page.goBack()
    await bubble().waitFor()
    expect(new URL(page.url()).pathname).toBe("/products/shirt")
  })

  it("shows nothing after hours with hide_widget, and the after-hours message with display_message", async () => {
    await updateChannel({
      opening_hours: CLOSED_ALWAYS,
      after_hours_behavior: "hide_widget",
    })
    await loadAndSettle(`${store.url}/`)
    expect(await bubble().isVisible()).toBe(false)
    await shot("03-after-hours-hidden")

    await updateChannel({
      after_hours_behavior: "display_message",
      after_hours_message: "We're offline now; we answer tomorrow from 9:00.",
    })
    await page.reload()
    await bubble().click()
    await page
      .getByText("We're offline now; we answer tomorrow from 9:00.")
      .waitFor()
    // it still takes a message
    await page.getByLabel("Full name").waitFor()
    await shot("04-after-hours-message")

    await page.keyboard.press("Escape")
    await updateChannel({ opening_hours: OPEN_ALWAYS })
  })

  it("checks the pre-chat form on the page before sending it", async () => {
    await page.reload()
    await bubble().click()
    const name = page.getByLabel("Full name")
    await name.waitFor()
    // focus moves into the panel when it opens
    await eventually(async () =>
      expect(await name.evaluate((el) => el.matches(":focus"))).toBe(true)
    )
    await expect(
      page.getByText("Hi! How can we help?").isVisible()
    ).resolves.toBe(true)

    await page.getByRole("button", { name: "Start chat" }).click()
    await expect(
      page.getByText("This field is required.").count()
    ).resolves.toBe(4)
    await expect(name.getAttribute("aria-invalid")).resolves.toBe("true")

    await fillPreChat(page, "x".repeat(5001))
    await page.getByLabel("E-mail").fill("jan@example")
    await page.getByRole("button", { name: "Start chat" }).click()
    await page
      .getByText("Enter an e-mail address like name@example.com.")
      .waitFor()
    await page
      .getByText("The message is too long: 5001 characters, at most 5000.")
      .waitFor()
    await shot("05-form-errors")

    const honeypot = page.locator("helpdesk-widget input[name=website]")
    await expect(honeypot.getAttribute("tabindex")).resolves.toBe("-1")
    await expect(honeypot.getAttribute("autocomplete")).resolves.toBe("off")
    // off screen and out of the accessibility tree, yet there for a bot that fills every input
    const box = await honeypot.boundingBox()
    expect(box!.x + box!.width).toBeLessThanOrEqual(0)
    await expect(
      honeypot.evaluate((el) => el.closest("[aria-hidden=true]") !== null)
    ).resolves.toBe(true)
    // nothing but the panel's open state is saved before a conversation starts
    expect(await session()).toEqual({})
  })

  it("starts a conversation, shows the shopper's text as text and waits for an agent", async () => {
    await fillPreChat(page, XSS)
    await page.getByRole("button", { name: "Start chat" }).click()
    await page.getByText("Waiting for an agent…").waitFor()

    await expect(lines().first().textContent()).resolves.toBe(`You: ${XSS}`)
    await expect(page.locator("helpdesk-widget img").count()).resolves.toBe(0)
    expect(dialogs).toEqual([])

    const saved = await session()
    expect(saved).toMatchObject({
      conversation_id: expect.stringMatching(/^hdt_/),
      last_seq: 1,
    })
    ticketId = saved!.conversation_id
    const { body } = await api<{ messages: WireMessage[] }>(
      "GET",
      `/admin/helpdesk/tickets/${ticketId}/messages`
    )
    expect(body.messages.map((m) => [m.seq, m.author_type, m.body])).toEqual([
      [1, "customer", XSS],
    ])
    await shot("06-waiting")
  })

  it("tells the shopper when an agent opens the ticket", async () => {
    const opened = await api("POST", `/admin/helpdesk/tickets/${ticketId}/open`)
    expect(opened.status).toBe(200)
    await page.getByText("Anna joined the chat").waitFor()
    await page.getByText("Waiting for an agent…").waitFor({ state: "hidden" })
    await shot("07-agent-joined")
  })

  it("delivers messages and typing both ways, live", async () => {
    const realtime = await api<{ token: string }>(
      "POST",
      "/admin/helpdesk/realtime/token"
    )
    const agent = connect(suite.url, "/agent", realtime.body.token)
    try {
      await agent.ready
      await agent.socket.emitWithAck("ticket:watch", { ticket_id: ticketId })

      await page.evaluate(() => {
        const w = window as unknown as {
          Helpdesk: (...args: unknown[]) => unknown
          received: string[]
        }
        w.received = []
        w.Helpdesk("on", "message", (m: WireMessage) => w.received.push(m.body))
      })

      agent.socket.emit("typing", { ticket_id: ticketId, typing: true })
      await page.getByText("Anna is typing…").waitFor()

      const reply = await api(
        "POST",
        `/admin/helpdesk/tickets/${ticketId}/messages`,
        {
          body: "Hi Jan, let me check your order.",
        }
      )
      expect(reply.status).toBe(201)
      await page.getByText("Hi Jan, let me check your order.").waitFor()
      await page.getByText("Anna is typing…").waitFor({ state: "hidden" })
      // the store's own code hears about it too
      await expect(
        page.evaluate(
          () => (window as unknown as { received: string[] }).received
        )
      ).resolves.toEqual(["Hi Jan, let me check your order."])

      const composer = page.getByRole("textbox", { name: "Your message" })
      await composer.fill("It is order <b>#1001</b>")
      const typing = (received: Received[]) =>
        received
          .filter((r) => r.event === "typing")
          .map((r) => r.payload as { typing: boolean; author_type: string })
      await eventually(() =>
        expect(typing(agent.received)).toContainEqual(
          expect.objectContaining({ author_type: "customer", typing: true })
        )
      )
      await composer.press("Enter")

      await eventually(async () => {
        const { body } = await api<{ messages: WireMessage[] }>(
          "GET",
          `/admin/helpdesk/tickets/${ticketId}/messages`
        )
        expect(body.messages.map((m) => m.body)).toContain(
          "It is order <b>#1001</b>"
        )
      })
      await eventually(() =>
        expect(agent.received).toContainEqual(
          expect.objectContaining({
            event: "message:new",
            payload: expect.objectContaining({
              body: "It is order <b>#1001</b>",
            }),
          })
        )
      )
      await eventually(() =>
        expect(typing(agent.received)).toContainEqual(
          expect.objectContaining({ author_type: "customer", typing: false })
        )
      )
      await eventually(async () =>
        expect(await lines().allTextContents()).toEqual([
          `You: ${XSS}`,
          "Anna joined the chat",
          "Anna: Hi Jan, let me check your order.",
          "You: It is order <b>#1001</b>",
        ])
      )
      await expect(
        page.locator("helpdesk-widget li.pending").count()
      ).resolves.toBe(0)
      await shot("08-conversation")
    } finally {
      agent.socket.disconnect()
    }
  })

  it("closes on Escape, returns focus to the bubble and counts unread replies on it", async () => {
    await page.keyboard.press("Escape")
    await page.locator("helpdesk-widget section").waitFor({ state: "hidden" })
    await eventually(async () =>
      expect(await bubble().evaluate((el) => el.matches(":focus"))).toBe(true)
    )

    await api("POST", `/admin/helpdesk/tickets/${ticketId}/messages`, {
      body: "Your parcel left today.",
    })
    await page.getByRole("button", { name: "Open chat (1 new)" }).waitFor()
    await shot("09-unread-badge")
  })

  it("keeps the conversation, and the unread count, across a reload", async () => {
    await page.reload()
    await page.getByRole("button", { name: "Open chat (1 new)" }).waitFor()
    await bubble().click()
    await page.getByText("Your parcel left today.").waitFor()
    await expect(lines().allTextContents()).resolves.toEqual([
      `You: ${XSS}`,
      "Anna joined the chat",
      "Anna: Hi Jan, let me check your order.",
      "You: It is order <b>#1001</b>",
      "Anna: Your parcel left today.",
    ])
    await page.getByRole("button", { name: "Close chat" }).first().waitFor()
    expect(dialogs).toEqual([])
    await shot("10-after-reload")
  })

  it("falls back to HTTP when the socket cannot connect, and sends what was typed offline once", async () => {
    const bodies = async () => {
      const { body } = await api<{ messages: WireMessage[] }>(
        "GET",
        `/admin/helpdesk/tickets/${ticketId}/messages`
      )
      return body.messages.map((m) => m.body)
    }
    // a second window of the same browser, where neither websocket nor long-polling gets through
    const cutOff = await suite.browser.newContext({
      viewport: { width: 1280, height: 800 },
      storageState: await context.storageState(),
    })
    try {
      await cutOff.routeWebSocket(/\/helpdesk\/socket\.io\//, (ws) =>
        ws.close()
      )
      await cutOff.route(/\/helpdesk\/socket\.io\//, (route) => route.abort())
      const other = await cutOff.newPage()
      await other.goto(`${store.url}/`)
      await bubble(other).click()
      await other.getByText("Your parcel left today.").waitFor()
      const box = other.getByRole("textbox", { name: "Your message" })
      await box.fill("Sent while the socket is down")
      await box.press("Enter")
      await other
        .locator("helpdesk-widget li.pending")
        .waitFor({ state: "detached" })
      await eventually(async () =>
        expect(await bodies()).toContain("Sent while the socket is down")
      )

      await api("POST", `/admin/helpdesk/tickets/${ticketId}/messages`, {
        body: "Got it over HTTP.",
      })
      await other.getByText("Got it over HTTP.").waitFor()
    } finally {
      await cutOff.close()
    }
    // the first window had its socket all along
    await page.getByText("Got it over HTTP.").waitFor()

    const composer = page.getByRole("textbox", { name: "Your message" })
    const pending = page.locator("helpdesk-widget li.pending")
    await context.setOffline(true)
    try {
      // let the open socket notice it is cut off
      await page.waitForTimeout(500)
      await composer.fill("Typed without a network")
      await composer.press("Enter")
      await pending.waitFor()
      await shot("11-pending-offline")
      // the outbox is saved with the conversation it belongs to
      expect((await session())?.outbox).toEqual([
        { client_id: expect.any(String), body: "Typed without a network" },
      ])
    } finally {
      await context.setOffline(false)
    }

    // the panel was open: it opens again after the reload
    await page.reload()
    await eventually(async () =>
      expect(
        (await bodies()).filter((b) => b === "Typed without a network")
      ).toHaveLength(1)
    )
    await page.getByText("Typed without a network").waitFor()
    await pending.waitFor({ state: "detached" })
    expect(
      (await bodies()).filter((b) => b === "Sent while the socket is down")
    ).toHaveLength(1)
  })

  it("fills the screen on a phone", async () => {
    const phone = await suite.browser.newPage({
      viewport: { width: 390, height: 844 },
    })
    try {
      await phone.goto(`${store.url}/`)
      await bubble(phone).click()
      await phone.getByLabel("Full name").waitFor()
      expect(
        await phone.locator("helpdesk-widget section").boundingBox()
      ).toEqual({
        x: 0,
        y: 0,
        width: 390,
        height: 844,
      })
      await shot("12-phone", phone)
    } finally {
      await phone.close()
    }
  })

  it("keeps a direction override typed into a message or a name inside it", async () => {
    const RLO = "\u202e"
    const fresh = await context
      .browser()!
      .newPage({ viewport: { width: 1280, height: 800 } })
    try {
      await fresh.goto(`${store.url}/`)
      await bubble(fresh).click()
      await fillPreChat(fresh, `${RLO}Hello`)
      await fresh.getByRole("button", { name: "Start chat" }).click()
      await fresh.getByText("Waiting for an agent…").waitFor()
      const mine = fresh.locator("helpdesk-widget li.me bdi")
      await expect(mine.textContent()).resolves.toBe(`${RLO}Hello`)

      const saved = await fresh.evaluate(
        (key) =>
          JSON.parse(localStorage.getItem(key) ?? "null") as Session | null,
        `helpdesk:${channelId}`
      )
      const reply = await api(
        "POST",
        `/admin/helpdesk/tickets/${saved!.conversation_id}/messages`,
        { body: `${RLO}Hi there` }
      )
      expect(reply.status).toBe(201)
      const agentLine = fresh.locator("helpdesk-widget li.agent").last()
      await agentLine.waitFor()
      await expect(agentLine.locator("bdi.who").textContent()).resolves.toBe(
        "Anna"
      )
      await expect(
        agentLine.locator("bdi:not(.who)").textContent()
      ).resolves.toBe(`${RLO}Hi there`)
    } finally {
      await fresh.close()
    }
  })

  describe("for a logged-in customer", () => {
    let publishableKey: string
    type Customer = { id: string; token: () => Promise<string> }
    let ewa: Customer
    let piotr: Customer

    /** The storefront's calls: a customer account, logged in, and its identity token. */
    const signUp = async (
      email: string,
      first_name: string,
      last_name: string
    ): Promise<Customer> => {
      const call = async <T>(
        route: string,
        body: unknown,
        bearer?: string
      ): Promise<T> => {
        const res = await fetch(`${suite.url}${route}`, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            "x-publishable-api-key": publishableKey,
            ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
          },
          body: JSON.stringify(body),
        })
        const data = (await res.json()) as T
        if (!res.ok) {
          throw new Error(`${route}: ${res.status} ${JSON.stringify(data)}`)
        }
        return data
      }
      const password = "customer-secret"
      const registered = await call<{ token: string }>(
        "/auth/customer/emailpass/register",
        { email, password }
      )
      const { customer } = await call<{ customer: { id: string } }>(
        "/store/customers",
        { email, first_name, last_name },
        registered.token
      )
      const login = await call<{ token: string }>("/auth/customer/emailpass", {
        email,
        password,
      })
      return {
        id: customer.id,
        token: async () => {
          const res = await call<{ token: string; expires_at: string }>(
            "/store/helpdesk/identity-token",
            {},
            login.token
          )
          // ten minutes, as the README says
          const ttl = Date.parse(res.expires_at) - Date.now()
          expect(ttl).toBeGreaterThan(9 * 60_000)
          expect(ttl).toBeLessThanOrEqual(10 * 60_000)
          return res.token
        },
      }
    }

    const ticket = async (id: string) =>
      (await api<{ ticket: Ticket }>("GET", `/admin/helpdesk/tickets/${id}`))
        .body.ticket

    /** A shopper's own browser: a new context, the store page, its console kept. */
    const visit = async () => {
      const other = await suite.newPage({
        viewport: { width: 1280, height: 800 },
        locale: "en-US",
        timeout: 20_000,
      })
      const consoleLines: string[] = []
      other.on("console", (message) => {
        if (message.type() === "error" || message.type() === "warning") {
          consoleLines.push(message.text())
        }
      })
      other.on("pageerror", (error) => consoleLines.push(error.message))
      await other.goto(`${store.url}/`)
      await bubble(other).waitFor()
      return { page: other, consoleLines }
    }

    const helpdesk = (target: Page, ...args: [string, ...unknown[]]) =>
      target.evaluate(
        ([command, ...rest]) =>
          void (window as unknown as HelpdeskWindow).Helpdesk(command, ...rest),
        args
      )
    const identify = (target: Page, token: string | null) =>
      helpdesk(target, "identify", token)
    const saved = (target: Page) =>
      target.evaluate(
        (key) =>
          JSON.parse(localStorage.getItem(key) ?? "null") as Session | null,
        `helpdesk:${channelId}`
      )
    const startChat = async (
      target: Page,
      subject: string,
      message: string
    ) => {
      await target.getByLabel("Subject").fill(subject)
      await target
        .getByRole("textbox", { name: "Message", exact: true })
        .fill(message)
      await target.getByRole("button", { name: "Start chat" }).click()
      await target.getByText("Waiting for an agent…").waitFor()
      return (await saved(target))!
    }

    beforeAll(async () => {
      const key = await suite.apiOk<{ api_key: { token: string } }>(
        "POST",
        "/admin/api-keys",
        { title: "Store", type: "publishable" }
      )
      publishableKey = key.api_key.token
      ewa = await signUp("ewa@example.com", "Ewa", "Nowak")
      piotr = await signUp("piotr@example.com", "Piotr", "Wiśniewski")
    })

    it("asks only for subject and message, shows the customer's name, and ties the ticket to them", async () => {
      const { page: shop, consoleLines } = await visit()
      try {
        const token = await ewa.token()
        // the store hands over a function: the widget calls it when a chat starts
        await shop.evaluate((value) => {
          const w = window as unknown as HelpdeskWindow
          w.tokenCalls = 0
          w.Helpdesk("identify", () => {
            w.tokenCalls!++
            return Promise.resolve(value)
          })
        }, token)
        await expect(
          shop.evaluate(() => (window as unknown as HelpdeskWindow).tokenCalls)
        ).resolves.toBe(0)
        await bubble(shop).click()
        const name = shop.getByLabel("Full name")
        await eventually(async () =>
          expect(await name.inputValue()).toBe("Ewa Nowak")
        )
        await expect(name.getAttribute("readonly")).resolves.toBe("")
        await expect(shop.getByLabel("E-mail").isVisible()).resolves.toBe(false)
        // the subject is the first thing to fill
        await eventually(async () =>
          expect(
            await shop
              .getByLabel("Subject")
              .evaluate((el) => el.matches(":focus"))
          ).toBe(true)
        )
        await shot("14-identified-form", shop)

        const conversation = await startChat(
          shop,
          "My order",
          "Signed in, no e-mail to type"
        )
        expect(conversation.owner).toBe(ewa.id)
        await expect(
          shop.evaluate(() => (window as unknown as HelpdeskWindow).tokenCalls)
        ).resolves.toBe(1)
        expect(await ticket(conversation.conversation_id)).toMatchObject({
          customer_id: ewa.id,
          customer_name: "Ewa Nowak",
          customer_email: "ewa@example.com",
        })
        expect(consoleLines).toEqual([])
      } finally {
        await shop.context().close()
      }
    })

    it("forgets the customer's chat on reset: the next guest starts a new one, saved as the guest", async () => {
      const { page: shop, consoleLines } = await visit()
      try {
        await identify(shop, await ewa.token())
        await bubble(shop).click()
        const before = await startChat(
          shop,
          "Returns",
          "Ewa's private question"
        )

        // logout in a single-page store: no page load
        await helpdesk(shop, "reset")
        expect(await saved(shop)).toEqual({})
        const name = shop.getByLabel("Full name")
        await name.waitFor()
        await expect(name.inputValue()).resolves.toBe("")
        await expect(name.getAttribute("readonly")).resolves.toBeNull()
        await expect(lines(shop).count()).resolves.toBe(0)

        await name.fill("Guest Shopper")
        await shop.getByLabel("E-mail").fill("guest@example.com")
        const after = await startChat(shop, "Hello", "A guest's question")
        expect(after.conversation_id).not.toBe(before.conversation_id)
        expect(after.owner).toBeNull()
        expect(await ticket(after.conversation_id)).toMatchObject({
          customer_id: null,
          customer_name: "Guest Shopper",
          customer_email: "guest@example.com",
        })

        // and after a reload, the guest sees their own conversation and nothing of Ewa's
        await shop.reload()
        await shop.getByText("A guest's question").waitFor()
        await expect(lines(shop).allTextContents()).resolves.toEqual([
          "You: A guest's question",
        ])
        // reset closes the customer's socket at once, even while it is still connecting, and
        // Chromium reports that line itself; anything else in the console is a failure
        expect(
          consoleLines.filter(
            (line) =>
              !/^WebSocket connection to .* failed: WebSocket is closed before the connection is established\.$/.test(
                line
              )
          )
        ).toEqual([])
      } finally {
        await shop.context().close()
      }
    })

    it("drops the identity on shutdown: after init again, the form asks for name and e-mail", async () => {
      const { page: shop, consoleLines } = await visit()
      try {
        await identify(shop, await ewa.token())
        await bubble(shop).click()
        const name = shop.getByLabel("Full name")
        await eventually(async () =>
          expect(await name.inputValue()).toBe("Ewa Nowak")
        )

        // a store that logs out by tearing the widget down and starting it again
        await helpdesk(shop, "shutdown")
        await expect(bubble(shop).count()).resolves.toBe(0)
        await helpdesk(shop, "init", {
          channelId,
          backendUrl: suite.url,
        })
        // the panel was open, so it opens again as after a reload: now for a guest
        await shop.getByLabel("E-mail").waitFor()
        await expect(name.inputValue()).resolves.toBe("")
        await expect(name.getAttribute("readonly")).resolves.toBeNull()
        expect(consoleLines).toEqual([])
      } finally {
        await shop.context().close()
      }
    })

    it("resumes a customer's conversation only under that customer: not without an identity, not under another", async () => {
      const { page: shop } = await visit()
      try {
        await identify(shop, await ewa.token())
        await bubble(shop).click()
        const ewas = await startChat(shop, "Sizes", "Only for Ewa")

        // a page load where the store has not said who is logged in: the form, not Ewa's chat
        await shop.reload()
        await shop.getByLabel("Full name").waitFor()
        await expect(shop.getByText("Only for Ewa").count()).resolves.toBe(0)
        // …and it is kept until the store says
        expect((await saved(shop))?.conversation_id).toBe(ewas.conversation_id)
        await identify(shop, await ewa.token())
        await shop.getByText("Only for Ewa").waitFor()

        // identify(null): logged out without reset
        await identify(shop, null)
        await shop.getByLabel("E-mail").waitFor()
        await expect(shop.getByText("Only for Ewa").count()).resolves.toBe(0)
        expect((await saved(shop))?.conversation_id).toBeUndefined()

        // another customer on the same device never gets it back
        await identify(shop, await piotr.token())
        await expect(shop.getByLabel("Full name").inputValue()).resolves.toBe(
          "Piotr Wiśniewski"
        )
        await expect(shop.getByText("Only for Ewa").count()).resolves.toBe(0)

        // nor does a stored one of Ewa's survive Piotr identifying on a later page load
        await identify(shop, await ewa.token())
        const again = await startChat(shop, "Sizes", "Ewa once more")
        await shop.reload()
        await identify(shop, await piotr.token())
        await shop.getByLabel("Full name").waitFor()
        await eventually(async () =>
          expect((await saved(shop))?.conversation_id).toBeUndefined()
        )
        expect(again.owner).toBe(ewa.id)
        await expect(shop.getByText("Ewa once more").count()).resolves.toBe(0)
      } finally {
        await shop.context().close()
      }
    })

    it("never sends an expired token: the form asks for name and e-mail and the console stays clean", async () => {
      const { page: shop, consoleLines } = await visit()
      try {
        const fresh = await ewa.token()
        // the same customer, expired a minute ago (the signature is the server's to check)
        const [, body] = fresh.split(".")
        const claims = JSON.parse(Buffer.from(body, "base64url").toString())
        const expired = `identity.${Buffer.from(
          JSON.stringify({ ...claims, exp: Math.floor(Date.now() / 1000) - 60 })
        ).toString("base64url")}.x`
        const sent: string[] = []
        shop.on("request", (req) => {
          if (req.method() === "POST" && req.url().endsWith("/conversations")) {
            sent.push(req.postData() ?? "")
          }
        })
        await identify(shop, expired)
        await bubble(shop).click()
        const name = shop.getByLabel("Full name")
        await name.waitFor()
        await expect(name.getAttribute("readonly")).resolves.toBeNull()
        await name.fill("Ewa N.")
        await shop.getByLabel("E-mail").fill("ewa.guest@example.com")
        const conversation = await startChat(shop, "Hi", "As a guest")
        expect(sent).toHaveLength(1)
        expect(sent[0]).not.toContain("identity_token")
        expect(await ticket(conversation.conversation_id)).toMatchObject({
          customer_id: null,
          customer_email: "ewa.guest@example.com",
        })
        expect(consoleLines).toEqual([])
      } finally {
        await shop.context().close()
      }
    })
  })

  it("keeps the panel open, or closed, across a full reload", async () => {
    const shop = await suite.newPage({
      viewport: { width: 1280, height: 800 },
      timeout: 20_000,
    })
    try {
      const panel = shop.locator("helpdesk-widget section")
      await shop.goto(`${store.url}/`)
      await bubble(shop).click()
      await shop.getByLabel("Full name").waitFor()
      await shop.reload()
      await shop.getByLabel("Full name").waitFor()
      await shop.goto(`${store.url}/products/shirt`)
      await shop.getByLabel("Full name").waitFor()

      await shop.getByRole("button", { name: "Close chat" }).first().click()
      await panel.waitFor({ state: "hidden" })
      await shop.reload()
      await bubble(shop).waitFor()
      // give a panel that would open the time to do so
      await shop.waitForTimeout(1000)
      await expect(panel.isVisible()).resolves.toBe(false)
    } finally {
      await shop.context().close()
    }
  })

  it("answers a burst of new chats with a line that says when to try again", async () => {
    const fresh = await context
      .browser()!
      .newPage({ viewport: { width: 1280, height: 800 } })
    try {
      await fresh.goto(`${store.url}/`)
      await bubble(fresh).waitFor()
      // use up the per-network allowance for this channel from the store's origin
      const statuses = await fresh.evaluate(
        async ({ backend, id }) => {
          const seen: number[] = []
          for (let i = 0; i < 15 && !seen.includes(429); i++) {
            const res = await fetch(
              `${backend}/helpdesk/channels/${id}/conversations`,
              {
                method: "POST",
                headers: { "content-type": "application/json" },
                body: JSON.stringify({
                  name: "B",
                  email: "b@example.com",
                  subject: "s",
                  message: "m",
                  client_id: `burst-${i}`,
                }),
              }
            )
            seen.push(res.status)
          }
          return seen
        },
        { backend: suite.url, id: channelId }
      )
      expect(statuses).toContain(429)

      await bubble(fresh).click()
      await fillPreChat(fresh, "Hello?")
      await fresh.getByRole("button", { name: "Start chat" }).click()
      await fresh
        .getByText(/^Too many attempts\. Please try again in \d+ (s|min)\.$/)
        .waitFor()
      await shot("13-rate-limited", fresh)
    } finally {
      await fresh.close()
    }
  })
})
