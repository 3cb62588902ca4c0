import type { Page } from "playwright-core"

import { setUpBrowserSuite } from "../helpers/browser"

// The first visit compiles the whole admin through Vite.
jest.setTimeout(10 * 60 * 1000)

const EMAIL = "admin@example.com"

describe("Settings → Helpdesk in Medusa Admin", () => {
  const suite = setUpBrowserSuite({
    name: "admin-settings",
    database: "hd_admin_settings",
    port: 9340,
    email: EMAIL,
    password: "supersecret",
  })
  let page: Page

  const shot = (name: string) => suite.shot(page, name, { fullPage: true })

  const api = async <T>(resource: string): Promise<T[]> => {
    const res = await page.request.get(
      `${suite.url}/admin/helpdesk/${resource}?limit=100`
    )
    expect(res.status()).toBe(200)
    return (await res.json())[resource]
  }

  const toast = (text: string | RegExp) =>
    page.locator("[data-sonner-toast]").filter({ hasText: text }).first()

  const row = (text: string) =>
    page.getByRole("row", { name: new RegExp(text) })

  /** Settings → Helpdesk → the named section, through the links a merchant clicks. */
  const openSection = async (title: string, heading: string) => {
    await page.goto(`${suite.url}/app/settings`)
    await page.getByRole("link", { name: "Helpdesk", exact: true }).click()
    await page.getByRole("heading", { name: "Helpdesk" }).waitFor()
    await page.getByRole("link", { name: new RegExp(`^${title}`) }).click()
    await page.getByRole("heading", { name: heading, exact: true }).waitFor()
  }

  /** Opens a row's menu and picks an item from it. */
  const rowAction = async (text: string, item: string) => {
    await row(text).getByRole("button").last().click()
    await page.getByRole("menuitem", { name: item }).click()
  }

  beforeAll(async () => {
    page = await suite.newPage({
      viewport: { width: 1440, height: 900 },
      timeout: 60_000,
      reportErrors: true,
    })
  })

  it("logs in and lists the helpdesk settings sections", async () => {
    await suite.logIn(page)

    await openSection("Tags", "Tags")
    await page.getByText("No tags yet").waitFor()
    expect(page.url()).toMatch(/\/app\/settings\/helpdesk\/tags$/)
  })

  it("creates a tag with a name and a colour", async () => {
    await page.getByRole("link", { name: "Create tag" }).click()
    const modal = page.getByRole("dialog")
    await modal.getByRole("heading", { name: "Create tag" }).waitFor()
    await modal.getByLabel("Name", { exact: true }).fill("VIP")
    await modal.getByLabel("Colour", { exact: true }).fill("#1F6FEB")
    await shot("01-create-tag")
    await modal.getByRole("button", { name: "Save" }).click()

    await toast('Tag "VIP" was created.').waitFor()
    await modal.waitFor({ state: "detached" })
    await row("VIP").getByText("#1f6feb").waitFor()

    const tags = await api<{ name: string; color: string }>("tags")
    expect(tags).toEqual([
      expect.objectContaining({ name: "VIP", color: "#1f6feb" }),
    ])
  })

  it("renames the tag in its edit drawer", async () => {
    await row("VIP").click()
    const drawer = page.getByRole("dialog")
    await drawer.getByRole("heading", { name: "Edit tag" }).waitFor()
    expect(await drawer.getByLabel("Name", { exact: true }).inputValue()).toBe(
      "VIP"
    )
    await drawer.getByLabel("Name", { exact: true }).fill("Very important")
    await drawer.getByRole("button", { name: "Save" }).click()

    await toast('Tag "Very important" was saved.').waitFor()
    await drawer.waitFor({ state: "detached" })
    await row("Very important").waitFor()
    await shot("02-tags-after-edit")

    const tags = await api<{ name: string }>("tags")
    expect(tags.map((t) => t.name)).toEqual(["Very important"])
  })

  it("creates a team with the admin as its member", async () => {
    await openSection("Teams", "Teams")
    await page.getByText("No teams yet").waitFor()
    await page.getByRole("link", { name: "Create team" }).click()
    const modal = page.getByRole("dialog")
    await modal.getByRole("heading", { name: "Create team" }).waitFor()
    await modal.getByLabel("Name", { exact: true }).fill("Returns")
    await modal.getByRole("checkbox", { name: EMAIL }).check()
    await modal.getByText("1 member selected.").waitFor()
    await shot("03-create-team")
    await modal.getByRole("button", { name: "Save" }).click()

    await toast('Team "Returns" was created.').waitFor()
    await modal.waitFor({ state: "detached" })
    await row("Returns").getByText(EMAIL).waitFor()

    const teams = await api<{ name: string; members: { user_id: string }[] }>(
      "teams"
    )
    expect(teams).toHaveLength(1)
    expect(teams[0].name).toBe("Returns")
    expect(teams[0].members.map((m) => m.user_id)).toEqual([suite.adminId])
  })

  it("creates an inbox", async () => {
    await openSection("Inboxes", "Inboxes")
    await page.getByText("No inboxes yet").waitFor()
    await page.getByRole("link", { name: "Create inbox" }).click()
    const modal = page.getByRole("dialog")
    await modal.getByRole("heading", { name: "Create inbox" }).waitFor()
    await modal.getByLabel("Name", { exact: true }).fill("Wholesale")
    await modal.getByRole("button", { name: "Save" }).click()

    await toast('Inbox "Wholesale" was created.').waitFor()
    await modal.waitFor({ state: "detached" })
    await row("Wholesale").getByText("No channel").waitFor()
    await shot("04-inboxes")

    const inboxes = await api<{ name: string }>("inboxes")
    expect(inboxes.map((i) => i.name)).toEqual(["Wholesale"])
  })

  it("deletes the inbox after confirming", async () => {
    await rowAction("Wholesale", "Delete")
    const prompt = page.getByRole("alertdialog")
    await prompt.getByText('Delete the inbox "Wholesale"?').waitFor()
    await prompt.getByRole("button", { name: "Delete" }).click()

    await toast('Inbox "Wholesale" was deleted.').waitFor()
    await page.getByText("No inboxes yet").waitFor()
    expect(await api("inboxes")).toEqual([])
  })

  it("creates a contact", async () => {
    await openSection("Contacts", "Contacts")
    await page.getByText("No contacts yet").waitFor()
    await page.getByRole("link", { name: "Create contact" }).click()
    const modal = page.getByRole("dialog")
    await modal.getByRole("heading", { name: "Create contact" }).waitFor()
    await modal.getByLabel("E-mail", { exact: true }).fill("Jan@Example.com")
    await modal.getByLabel(/^Name/).fill("Jan Kowalski")
    await modal.getByLabel(/^Note/).fill("Prefers e-mail.")
    await shot("05-create-contact")
    await modal.getByRole("button", { name: "Save" }).click()

    await toast("Contact Jan Kowalski was created.").waitFor()
    await modal.waitFor({ state: "detached" })
    const contactRow = row("Jan Kowalski")
    await contactRow.getByText("jan@example.com").waitFor()
    await contactRow.getByText("Can chat").waitFor()

    const contacts = await api<{ email: string; blocked: boolean }>("contacts")
    expect(contacts).toEqual([
      expect.objectContaining({
        email: "jan@example.com",
        name: "Jan Kowalski",
        note: "Prefers e-mail.",
        blocked: false,
      }),
    ])
  })

  it("blocks the contact from its row menu", async () => {
    await rowAction("Jan Kowalski", "Block")

    await toast("Jan Kowalski can no longer start chats.").waitFor()
    await row("Jan Kowalski").getByText("Blocked").waitFor()
    await shot("06-contact-blocked")

    const [contact] = await api<{ blocked: boolean }>("contacts")
    expect(contact.blocked).toBe(true)
  })

  it("counts what was made on the Helpdesk settings page", async () => {
    await page.goto(`${suite.url}/app/settings/helpdesk`)
    const nav = page.getByRole("navigation", { name: "Helpdesk settings" })
    await nav.getByText("1 tag", { exact: true }).waitFor()
    await nav.getByText("1 team", { exact: true }).waitFor()
    await nav.getByText("0 inboxes", { exact: true }).waitFor()
    await nav.getByText("1 contact, 1 blocked", { exact: true }).waitFor()
    await shot("07-overview")
  })
})
