import type { Page } from "playwright-core"

import { setUpBrowserSuite } from "../helpers/browser"

type ApiChannel = {
  id: string
  name: string
  paths: string[]
  agent_ids: string[]
  enabled: boolean
  opening_hours: Record<string, { from: string; to: string }[]>
  email_replies: boolean
  email_reply_delay_minutes: number
}

// The first visit compiles the whole admin through Vite.
jest.setTimeout(10 * 60 * 1000)

const EMAIL = "admin@example.com"
const CHANNEL_NAME = "Sklep PL"

describe("Chat channels in Medusa Admin", () => {
  const suite = setUpBrowserSuite({
    name: "admin-channels",
    database: "hd_admin_browser",
    port: 9310,
    email: EMAIL,
    password: "supersecret",
  })
  let page: Page

  const shot = (name: string) => suite.shot(page, name, { fullPage: true })

  const listChannels = async (): Promise<ApiChannel[]> => {
    const res = await page.request.get(`${suite.url}/admin/helpdesk/channels`)
    expect(res.status()).toBe(200)
    return (await res.json()).channels
  }

  const toast = (text: string | RegExp) =>
    page.locator("[data-sonner-toast]").filter({ hasText: text }).first()

  beforeAll(async () => {
    page = await suite.newPage({
      viewport: { width: 1440, height: 900 },
      timeout: 60_000,
      backendPermissions: ["clipboard-read", "clipboard-write"],
      reportErrors: true,
    })
  })

  it("opens Settings → Helpdesk → Chat channels after logging in", async () => {
    await suite.logIn(page)

    await page.goto(`${suite.url}/app/settings`)
    await page.getByRole("link", { name: "Helpdesk", exact: true }).click()
    await page.getByRole("heading", { name: "Helpdesk" }).waitFor()
    await page.getByRole("link", { name: /Chat channels/ }).click()

    await page.getByText("No chat channels yet").waitFor()
    expect(page.url()).toMatch(/\/app\/settings\/helpdesk\/channels$/)
    await shot("01-empty-list")
  })

  it("shows the server's message when a page path lacks its leading slash, and creates nothing", async () => {
    await page.getByRole("link", { name: "Create channel" }).click()
    const modal = page.getByRole("dialog")
    await modal.getByRole("heading", { name: "Create chat channel" }).waitFor()

    await modal.getByLabel("Name", { exact: true }).fill(CHANNEL_NAME)
    await modal
      .getByLabel("Store URL", { exact: true })
      .fill("https://shop.example.com")
    await modal.getByRole("button", { name: "Add page" }).click()
    await modal.getByLabel("Page 1", { exact: true }).fill("checkout")
    await modal.getByRole("button", { name: "Save" }).click()

    await toast('must start with "/"').waitFor()
    // shown next to the offending row too, and the form stays open
    await modal.getByText(/paths\[0\] must start with "\/"/).waitFor()
    expect(
      await modal
        .getByLabel("Page 1", { exact: true })
        .getAttribute("aria-invalid")
    ).toBe("true")
    await shot("02-path-error")

    expect(await listChannels()).toHaveLength(0)
  })

  it("creates a channel with a page rule, Saturday hours and one agent", async () => {
    const modal = page.getByRole("dialog")
    await modal.getByLabel("Page 1", { exact: true }).fill("/checkout*")

    await modal
      .getByRole("button", { name: "Add interval on Saturday" })
      .click()
    await modal
      .getByLabel("Saturday, interval 1, opens at", { exact: true })
      .fill("10:00")
    await modal
      .getByLabel("Saturday, interval 1, closes at", { exact: true })
      .fill("14:00")
    await modal
      .getByRole("button", { name: "Remove Monday, interval 1" })
      .click()
    await modal.locator('[data-weekday="mon"]').getByText("Closed").waitFor()

    await modal.getByRole("checkbox", { name: EMAIL }).check()
    await shot("03-create-form")
    await modal.getByRole("button", { name: "Save" }).click()

    await toast(`Channel "${CHANNEL_NAME}" was created.`).waitFor()
    await modal.waitFor({ state: "detached" })
    const row = page.getByRole("row", { name: new RegExp(CHANNEL_NAME) })
    await row.waitFor()
    const rowText = await row.textContent()
    expect(rowText).toContain("https://shop.example.com")
    expect(rowText).toContain("1 user")
    await shot("04-list")

    const channels = await listChannels()
    expect(channels).toHaveLength(1)
    expect(channels[0]).toMatchObject({
      name: CHANNEL_NAME,
      paths: ["/checkout*"],
      agent_ids: [suite.adminId],
      enabled: true,
    })
    expect(channels[0].opening_hours.sat).toEqual([
      { from: "10:00", to: "14:00" },
    ])
    expect(channels[0].opening_hours.mon).toEqual([])
  })

  it("shows the embed code and copies it to the clipboard", async () => {
    const [channel] = await listChannels()
    const row = page.getByRole("row", { name: new RegExp(CHANNEL_NAME) })
    await row.getByRole("button").last().click()
    await page.getByRole("menuitem", { name: "Show code" }).click()

    const drawer = page.getByRole("dialog")
    const code = drawer.getByLabel("Embed code", { exact: true })
    await code.waitFor()
    expect(await code.inputValue()).toContain("<script")
    await shot("05-embed-code")

    await drawer.getByRole("button", { name: "Copy" }).click()
    await toast("Copied").waitFor()
    const clipboard = await page.evaluate(() => navigator.clipboard.readText())
    expect(clipboard).toContain("<script")
    expect(clipboard).toContain(channel.id)
    expect(clipboard).toContain("/helpdesk/widget/loader.js")

    await drawer.getByRole("button", { name: "Close" }).last().click()
    await drawer.waitFor({ state: "detached" })
  })

  it("switches the channel off from the edit drawer", async () => {
    await page.getByRole("row", { name: new RegExp(CHANNEL_NAME) }).click()
    const drawer = page.getByRole("dialog")
    await drawer.getByRole("heading", { name: "Edit chat channel" }).waitFor()
    expect(
      await drawer.getByLabel("Page 1", { exact: true }).inputValue()
    ).toBe("/checkout*")

    await drawer
      .getByLabel("Chat is live on the store", { exact: true })
      .click()
    await shot("06-edit-drawer")
    await drawer.getByRole("button", { name: "Save" }).click()

    await toast(`Channel "${CHANNEL_NAME}" was saved.`).waitFor()
    await drawer.waitFor({ state: "detached" })
    const row = page.getByRole("row", { name: new RegExp(CHANNEL_NAME) })
    await row.getByText("Disabled").waitFor()

    const [channel] = await listChannels()
    expect(channel.enabled).toBe(false)
    expect(channel.paths).toEqual(["/checkout*"])
  })

  it("sets how long a reply waits unseen before it is e-mailed, and turns e-mail replies off", async () => {
    await page.getByRole("row", { name: new RegExp(CHANNEL_NAME) }).click()
    const drawer = page.getByRole("dialog")
    await drawer.getByRole("heading", { name: "Edit chat channel" }).waitFor()
    // this app has an e-mail provider: no warning
    await expect(
      drawer.getByText("Replies can't be e-mailed").count()
    ).resolves.toBe(0)
    const minutes = drawer.getByLabel("Quiet period (minutes)")
    expect(await minutes.inputValue()).toBe("3")
    await minutes.fill("0")
    await drawer.getByRole("button", { name: "Save" }).click()
    await drawer
      .getByText("Enter a whole number of minutes from 1 to 1440 (a day).")
      .waitFor()
    await minutes.fill("15")
    await shot("07-email-replies")
    await drawer.getByRole("button", { name: "Save" }).click()
    await toast(`Channel "${CHANNEL_NAME}" was saved.`).waitFor()
    await drawer.waitFor({ state: "detached" })
    expect((await listChannels())[0]).toMatchObject({
      email_replies: true,
      email_reply_delay_minutes: 15,
    })

    await page.getByRole("row", { name: new RegExp(CHANNEL_NAME) }).click()
    await drawer
      .getByLabel("E-mail replies the shopper has not seen", { exact: true })
      .click()
    // off, there is no quiet period to set
    await expect(
      drawer.getByLabel("Quiet period (minutes)").count()
    ).resolves.toBe(0)
    await drawer.getByRole("button", { name: "Save" }).click()
    await toast(`Channel "${CHANNEL_NAME}" was saved.`).waitFor()
    await drawer.waitFor({ state: "detached" })
    expect((await listChannels())[0].email_replies).toBe(false)
  })
})
