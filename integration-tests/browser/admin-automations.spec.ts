import fs from "node:fs"
import path from "node:path"
import type { Page } from "playwright-core"

import { OPEN_ALWAYS, setUpBrowserSuite, type Store } from "../helpers/browser"
import { eventually } from "../helpers/sockets"

// The first visit compiles the whole admin through Vite.
jest.setTimeout(10 * 60 * 1000)

type ApiRule = {
  id: string
  name: string
  enabled: boolean
  position: number
  trigger: string
  conditions: { match: string; predicates: unknown[] }
  actions: unknown[]
  stop_processing: boolean
}

type ApiTicket = {
  id: string
  number: number
  priority: string
  tags: { id: string; name: string }[]
}

const RULE = "Negative on the Demo store"
const NOTE_RULE = "Note on every message"
const REPLY_EN =
  "Sorry, {customer.first_name}! Ticket #{ticket.number} has our top priority."
const REPLY_PL =
  "Przepraszamy, {customer.first_name}! Zgłoszenie #{ticket.number} ma najwyższy priorytet."

describe("Automation rules in Medusa Admin", () => {
  const suite = setUpBrowserSuite({
    name: "admin-automations",
    database: "hd_admin_automations",
    port: 9370,
    email: "anna@example.com",
    password: "supersecret",
    buildWidget: true,
  })
  const { apiOk } = suite
  let agent: Page
  let shopper: Page
  let store: Store
  let channelId: string
  let tagId: string

  const shot = (name: string) => suite.shot(agent, name, { fullPage: true })
  const toast = (text: string | RegExp) =>
    agent.locator("[data-sonner-toast]").filter({ hasText: text }).first()
  const row = (text: string) =>
    agent.getByRole("row", { name: new RegExp(text) })
  const modal = () => agent.getByRole("dialog")

  const rules = async () =>
    (
      await apiOk<{ automation_rules: ApiRule[] }>(
        "GET",
        "/admin/helpdesk/automation-rules"
      )
    ).automation_rules

  /** Picks `option` in the select the label names, inside the open modal. */
  const choose = async (label: string, option: string) => {
    await modal().getByRole("combobox", { name: label, exact: true }).click()
    await agent.getByRole("option", { name: option, exact: true }).click()
  }

  const openAutomations = async () => {
    await agent.goto(`${suite.url}/app/settings/helpdesk`)
    await agent.getByRole("link", { name: /^Automations/ }).click()
    await agent
      .getByRole("heading", { name: "Automations", exact: true })
      .waitFor()
  }

  beforeAll(async () => {
    await apiOk("POST", `/admin/users/${suite.adminId}`, {
      first_name: "Anna",
      last_name: "Agent",
    })
    tagId = (
      await apiOk<{ tag: { id: string } }>("POST", "/admin/helpdesk/tags", {
        name: "Complaint",
        color: "#e11d48",
      })
    ).tag.id
    store = await suite.startStore()
    channelId = (
      await apiOk<{ channel: { id: string } }>(
        "POST",
        "/admin/helpdesk/channels",
        {
          name: "Demo store",
          store_url: store.url,
          welcome_message: "Hi! How can we help?",
          opening_hours: OPEN_ALWAYS,
          timezone: "Europe/Warsaw",
          locale: "pl",
        }
      )
    ).channel.id
    const embed = await apiOk<{ embed_code: string }>(
      "GET",
      `/admin/helpdesk/channels/${channelId}/embed-code`
    )
    store.setEmbed(embed.embed_code)

    agent = await suite.newPage({
      viewport: { width: 1440, height: 1000 },
      locale: "en-US",
      timeout: 60_000,
      reportErrors: true,
    })
    shopper = await suite.newPage({
      viewport: { width: 1280, height: 800 },
      locale: "pl-PL",
      timeout: 30_000,
    })
  })

  it("says what is missing before saving a rule without a name or an action's value", async () => {
    await suite.logIn(agent)
    await openAutomations()
    await agent.getByText("No rules yet").waitFor()
    await agent.getByRole("link", { name: "Create rule" }).click()
    await modal().getByRole("heading", { name: "Create rule" }).waitFor()

    await modal().getByRole("button", { name: "Save" }).click()

    await modal().getByText("Give the rule a name.").waitFor()
    await modal().getByText("Choose a value.").waitFor()
    await modal().getByText("Choose a priority.").waitFor()
    expect(await rules()).toEqual([])
  })

  it("builds a rule from conditions and actions in the editor and lists it", async () => {
    await modal().getByLabel("Name", { exact: true }).fill(RULE)
    await choose("When", "A ticket is created")

    // condition 1 starts on the channel
    await choose("Condition 1 value", "Demo store")
    await modal().getByRole("button", { name: "Add condition" }).click()
    await choose("Condition 2 field", "Sentiment")
    await choose("Condition 2 operator", "is")
    await choose("Condition 2 value", "Negative")

    await choose("Action 1 priority", "Urgent")
    await modal().getByRole("button", { name: "Add action" }).click()
    await choose("Action 2 type", "Add tag")
    await choose("Action 2 tag", "Complaint")
    await modal().getByRole("button", { name: "Add action" }).click()
    await choose("Action 3 type", "Send an autoresponse")
    await modal().getByLabel("A text per language (English, Polish)").click()

    // the variables beside the text go in where the cursor is
    const english = modal().getByLabel("Action 3 text in English")
    await english.fill("Sorry, ! Ticket # has our top priority.")
    await english.focus()
    await english.evaluate((el: HTMLTextAreaElement) =>
      el.setSelectionRange(7, 7)
    )
    const variables = modal().getByRole("group", {
      name: "Variables for action 3",
    })
    await variables
      .getByRole("button", { name: "{customer.first_name}" })
      .click()
    await english.evaluate((el: HTMLTextAreaElement) => {
      const at = el.value.indexOf("#") + 1
      el.setSelectionRange(at, at)
    })
    await variables.getByRole("button", { name: "{ticket.number}" }).click()
    expect(await english.inputValue()).toBe(REPLY_EN)
    await modal().getByLabel("Action 3 text in Polish").fill(REPLY_PL)

    await shot("01-rule-editor")
    fs.mkdirSync(path.resolve(__dirname, "../../docs/images"), {
      recursive: true,
    })
    // tall enough for the whole editor, from the name to the last action
    await agent.setViewportSize({ width: 1440, height: 1500 })
    await modal().getByLabel("Name", { exact: true }).scrollIntoViewIfNeeded()
    await agent.screenshot({
      path: path.resolve(__dirname, "../../docs/images/automations.png"),
    })
    await agent.setViewportSize({ width: 1440, height: 1000 })

    await modal().getByRole("button", { name: "Save" }).click()
    await toast(`Rule "${RULE}" was created.`).waitFor()
    await modal().waitFor({ state: "detached" })
    await row(RULE).getByText("A ticket is created").waitFor()
    await row(RULE).getByText("Never").waitFor()

    const [rule] = await rules()
    expect(rule).toMatchObject({
      name: RULE,
      enabled: true,
      trigger: "ticket_created",
      stop_processing: false,
      conditions: {
        match: "all",
        predicates: [
          { field: "channel_id", operator: "is", value: channelId },
          { field: "sentiment", operator: "is", value: "negative" },
        ],
      },
      actions: [
        { type: "set_priority", priority: "urgent" },
        { type: "add_tag", tag_id: tagId },
        { type: "send_autoresponse", body: { en: REPLY_EN, pl: REPLY_PL } },
      ],
    })
  })

  it("shows the server's refusal under the field it names, and asks before discarding the draft", async () => {
    const { tag } = await apiOk<{ tag: { id: string } }>(
      "POST",
      "/admin/helpdesk/tags",
      { name: "Obsolete", color: "#6b7280" }
    )
    // a fresh page, so the editor lists the new tag at once
    await openAutomations()
    await agent.getByRole("link", { name: "Create", exact: true }).click()
    await modal().getByRole("heading", { name: "Create rule" }).waitFor()
    await modal().getByLabel("Name", { exact: true }).fill("Tag old tickets")
    await choose("Condition 1 value", "Demo store")
    await choose("Action 1 type", "Add tag")
    await choose("Action 1 tag", "Obsolete")
    // the tag goes while the editor is open: only the server can tell
    const removed = await agent.request.delete(
      `${suite.url}/admin/helpdesk/tags/${tag.id}`
    )
    expect(removed.status()).toBe(200)

    await modal().getByRole("button", { name: "Save" }).click()

    const refusal = /^actions\[0\]\.tag_id: there is no tag with the id/
    await toast(refusal).waitFor()
    await modal().getByTestId("action-1").getByText(refusal).waitFor()
    await shot("02-server-refusal")
    expect((await rules()).map((r) => r.name)).toEqual([RULE])

    await modal().getByRole("button", { name: "Cancel" }).click()
    const prompt = agent.getByRole("alertdialog")
    await prompt.getByText("Discard changes?").waitFor()
    await prompt.getByRole("button", { name: "Discard" }).click()
    await modal().waitFor({ state: "detached" })
    await row(RULE).waitFor()
  })

  it("disables a rule with its switch and moves it up the order", async () => {
    await apiOk("POST", "/admin/helpdesk/automation-rules", {
      name: NOTE_RULE,
      enabled: true,
      trigger: "customer_message",
      conditions: { match: "all", predicates: [] },
      actions: [{ type: "add_note", body: "Seen by the rules." }],
      stop_processing: false,
    })
    await openAutomations()
    await row(NOTE_RULE).waitFor()

    await agent
      .getByRole("switch", { name: `Enable the rule ${NOTE_RULE}` })
      .click()
    await toast(`Rule "${NOTE_RULE}" is disabled.`).waitFor()
    await eventually(async () =>
      expect((await rules()).find((r) => r.name === NOTE_RULE)?.enabled).toBe(
        false
      )
    )

    await agent.getByRole("button", { name: `Move ${NOTE_RULE} up` }).click()
    await eventually(async () =>
      expect((await rules()).map((r) => r.name)).toEqual([NOTE_RULE, RULE])
    )
    const names = agent.locator("tbody tr")
    await eventually(async () =>
      expect(await names.first().textContent()).toContain(NOTE_RULE)
    )
    await shot("03-rules-reordered")

    await agent.getByRole("button", { name: `Move ${NOTE_RULE} down` }).click()
    await eventually(async () =>
      expect((await rules()).map((r) => r.name)).toEqual([RULE, NOTE_RULE])
    )
  })

  it("edits a rule to a timed trigger, the delay entered in hours and stored in minutes", async () => {
    await row(NOTE_RULE).click()
    await modal().getByRole("heading", { name: "Edit rule" }).waitFor()
    expect(await modal().getByLabel("Name", { exact: true }).inputValue()).toBe(
      NOTE_RULE
    )
    await choose("When", "A ticket has been pending for a while")
    await modal().getByLabel("After (hours)").fill("2")
    await modal().getByRole("button", { name: "Save" }).click()

    await toast(`Rule "${NOTE_RULE}" was saved.`).waitFor()
    await modal().waitFor({ state: "detached" })
    await row(NOTE_RULE)
      .getByText("A ticket has been pending for a while (2 h)")
      .waitFor()
    expect((await rules()).find((r) => r.name === NOTE_RULE)).toMatchObject({
      trigger: "pending_for",
      delay_minutes: 120,
      enabled: false,
    })
  })

  it("tests the rule on a ticket and shows the condition that fails with the ticket's value", async () => {
    const { ticket } = await apiOk<{ ticket: ApiTicket }>(
      "POST",
      "/admin/helpdesk/tickets",
      {
        email: "ola@example.com",
        name: "Ola Nowak",
        subject: "Invoice copy",
        message: "Here is the invoice you asked for.",
        channel_id: channelId,
      }
    )

    await row(RULE).click()
    await modal().getByRole("heading", { name: "Edit rule" }).waitFor()
    await modal()
      .getByLabel("Ticket", { exact: true })
      .fill(`#${ticket.number}`)
    await modal().getByRole("button", { name: "Test", exact: true }).click()

    const result = modal().getByRole("status", { name: "Test result" })
    await result.getByText("Does not match").waitFor()
    await result.getByText(`Ticket #${ticket.number}`).waitFor()
    const failed = result.locator('li[data-matched="false"]')
    await eventually(async () =>
      expect(await failed.allTextContents()).toEqual([
        expect.stringMatching(
          /^Sentiment is Negative — fails: the ticket has /
        ),
      ])
    )
    await result
      .locator('li[data-matched="true"]')
      .getByText("Chat channel is Demo store")
      .waitFor()
    await result.scrollIntoViewIfNeeded()
    await shot("04-rule-test")

    await modal().getByRole("button", { name: "Cancel" }).click()
    await modal().waitFor({ state: "detached" })
  })

  it("answers a shopper's negative Polish message with the autoresponse, marks the ticket urgent and tagged, and lists the run on the ticket", async () => {
    await shopper.goto(`${store.url}/`)
    await shopper.getByRole("button", { name: /^Otwórz czat/ }).click()
    await shopper.getByLabel("Imię i nazwisko").fill("Jan Kowalski")
    await shopper.getByLabel("E-mail").fill("jan@example.com")
    await shopper.getByLabel("Temat").fill("Zniszczona paczka")
    await shopper
      .getByRole("textbox", { name: "Wiadomość", exact: true })
      .fill(
        "To skandal! Paczka przyszła zniszczona, jestem bardzo niezadowolony i żądam zwrotu pieniędzy."
      )
    await shopper.getByRole("button", { name: "Rozpocznij czat" }).click()

    const reply = shopper
      .locator("helpdesk-widget li")
      .filter({ hasText: "Przepraszamy, Jan! Zgłoszenie #" })
    await reply.waitFor({ timeout: 30_000 })
    await suite.shot(shopper, "05-widget-autoresponse")

    const { tickets } = await apiOk<{ tickets: ApiTicket[] }>(
      "GET",
      "/admin/helpdesk/tickets?view=all&q=jan%40example.com"
    )
    expect(tickets).toHaveLength(1)
    let ticket = tickets[0]
    await eventually(async () => {
      ticket = (
        await apiOk<{ ticket: ApiTicket }>(
          "GET",
          `/admin/helpdesk/tickets/${tickets[0].id}`
        )
      ).ticket
      expect(ticket.priority).toBe("urgent")
      expect(ticket.tags.map((t) => t.name)).toEqual(["Complaint"])
    }, 15_000)
    expect(await reply.textContent()).toContain(
      `Zgłoszenie #${ticket.number} ma najwyższy priorytet.`
    )

    await agent.goto(`${suite.url}/app/helpdesk/tickets/${ticket.id}`)
    const automations = agent.getByRole("region", { name: "Automations" })
    const run = automations.getByRole("listitem", { name: `Run of ${RULE}` })
    await run.waitFor()
    await run.getByText("A ticket is created").waitFor()
    await run.getByText("Priority → Urgent").waitFor()
    await run.getByText("Tag added: Complaint").waitFor()
    await run.getByText("Autoresponse sent").waitFor()
    await agent
      .getByLabel("Ticket details")
      .getByRole("combobox", { name: "Priority" })
      .getByText("Urgent")
      .waitFor()
    await automations.scrollIntoViewIfNeeded()
    await suite.shot(agent, "06-ticket-automation-runs")
  })
})
