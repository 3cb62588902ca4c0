import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import type { Page } from "playwright-core"

import { OPEN_ALWAYS, setUpBrowserSuite, type Store } from "../helpers/browser"
import { eventually } from "../helpers/sockets"

// The first visit compiles the whole admin through Vite.
jest.setTimeout(10 * 60 * 1000)

/** A real 2×2 PNG, so a thumbnail that loaded has a width. */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR4nGM4Y2wMRAwQCgAj6gTJ2R4cRwAAAABJRU5ErkJggg==",
  "base64"
)
const PDF =
  "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"

describe("Attachments in the widget and in Medusa Admin", () => {
  const suite = setUpBrowserSuite({
    name: "attachments",
    database: "hd_attachments_browser",
    port: 9370,
    email: "anna@example.com",
    password: "supersecret",
    buildWidget: true,
    serverEnv: async () => ({
      HELPDESK_PRIVATE_UPLOAD_DIR: mkdtempSync(
        join(tmpdir(), "helpdesk-browser-uploads-")
      ),
    }),
  })
  const { apiOk } = suite
  let store: Store
  let agent: Page
  let shopper: Page
  let ticketId: string

  const widget = () => shopper.locator("helpdesk-widget")
  const transcript = () => agent.getByRole("list", { name: "Conversation" })

  beforeAll(async () => {
    await apiOk("POST", `/admin/users/${suite.adminId}`, {
      first_name: "Anna",
      last_name: "Agent",
    })
    store = await suite.startStore()
    const created = await apiOk<{ channel: { id: string } }>(
      "POST",
      "/admin/helpdesk/channels",
      {
        name: "Test shop",
        store_url: store.url,
        opening_hours: OPEN_ALWAYS,
        locale: "en",
      }
    )
    const embed = await apiOk<{ embed_code: string }>(
      "GET",
      `/admin/helpdesk/channels/${created.channel.id}/embed-code`
    )
    store.setEmbed(embed.embed_code)

    shopper = await suite.newPage({
      viewport: { width: 1280, height: 800 },
      locale: "en-US",
      timeout: 30_000,
    })
    agent = await suite.newPage({
      viewport: { width: 1440, height: 900 },
      locale: "en-US",
      timeout: 60_000,
      reportErrors: true,
    })
  })

  it("sends a photo from the paperclip and shows it as a thumbnail fetched with the visitor token", async () => {
    await shopper.goto(`${store.url}/`)
    await shopper.getByRole("button", { name: /^Open chat/ }).click()
    await shopper.getByLabel("Full name").fill("Jan Kowalski")
    await shopper.getByLabel("E-mail").fill("jan@example.com")
    await shopper.getByLabel("Subject").fill("Broken mug")
    await shopper
      .getByRole("textbox", { name: "Message", exact: true })
      .fill("My mug arrived broken.")
    await shopper.getByRole("button", { name: "Start chat" }).click()
    await shopper.getByText("Waiting for an agent…").waitFor()

    await widget()
      .locator('input[type="file"]')
      .setInputFiles({ name: "kubek.png", mimeType: "image/png", buffer: PNG })
    // the chip shows the upload until it is done
    await widget().locator(".ch").getByText("kubek.png").waitFor()
    await widget().locator(".ch progress").waitFor({ state: "detached" })
    await shopper.getByRole("button", { name: "Send" }).click()

    const thumbnail = widget().locator("li.me img[alt='kubek.png']")
    await thumbnail.waitFor()
    await eventually(async () => {
      const { src, width } = await thumbnail.evaluate(
        (img: HTMLImageElement) => ({
          src: img.src,
          width: img.naturalWidth,
        })
      )
      expect(src).toMatch(/^blob:/)
      expect(width).toBe(2)
    }, 15_000)
    // sent: the tray is empty again and nothing is pending
    expect(await widget().locator(".ch").count()).toBe(0)
    await widget().locator("li.pending").waitFor({ state: "detached" })
    await suite.shot(shopper, "widget-photo")
  })

  it("takes a PDF dropped onto the panel and shows it as a link", async () => {
    await shopper.evaluate((pdf) => {
      const panel = document
        .querySelector("helpdesk-widget")!
        .shadowRoot!.querySelector("section")!
      const data = new DataTransfer()
      data.items.add(
        new File([pdf], "faktura.pdf", { type: "application/pdf" })
      )
      panel.dispatchEvent(
        new DragEvent("drop", {
          dataTransfer: data,
          bubbles: true,
          cancelable: true,
        })
      )
    }, PDF)
    await widget().locator(".ch").getByText("faktura.pdf").waitFor()
    await widget().locator(".ch progress").waitFor({ state: "detached" })
    await shopper
      .getByRole("textbox", { name: "Your message" })
      .fill("The invoice")
    await shopper.getByRole("button", { name: "Send" }).click()
    const link = widget().locator("li.me a[download='faktura.pdf']")
    await link.waitFor()
    expect(await link.textContent()).toContain("faktura.pdf")
  })

  it("shows the shopper's files in the transcript, the photo in the viewer", async () => {
    const { tickets } = await apiOk<{ tickets: { id: string }[] }>(
      "GET",
      "/admin/helpdesk/tickets?view=all"
    )
    ticketId = tickets[0].id
    await suite.logIn(agent)
    await agent.goto(`${suite.url}/app/helpdesk/tickets/${ticketId}`)
    await transcript().getByText("My mug arrived broken.").waitFor()

    const thumbnail = transcript().getByRole("img", { name: "kubek.png" })
    await thumbnail.waitFor()
    await eventually(async () =>
      expect(
        await thumbnail.evaluate((img: HTMLImageElement) => img.naturalWidth)
      ).toBe(2)
    )
    const pdf = transcript().getByRole("link", { name: /faktura\.pdf/ })
    expect(await pdf.getAttribute("href")).toMatch(
      new RegExp(`/admin/helpdesk/tickets/${ticketId}/attachments/hdatt_`)
    )

    await agent.getByRole("button", { name: "Open kubek.png" }).click()
    const viewer = agent.getByTestId("attachment-viewer-image")
    await viewer.waitFor()
    await suite.shot(agent, "admin-viewer")
    await agent.keyboard.press("Escape")
    await viewer.waitFor({ state: "detached" })
  })

  it("attaches a file from the composer, which the shopper receives live", async () => {
    await agent.getByTestId("attachment-input").setInputFiles({
      name: "etykieta.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from(PDF),
    })
    const chip = agent
      .getByRole("list", { name: "Attachments" })
      .locator("li", {
        hasText: "etykieta.pdf",
      })
    await chip.waitFor()
    await eventually(async () =>
      expect(await chip.getAttribute("data-uploaded")).toBe("true")
    )
    await agent
      .getByRole("textbox", { name: "Reply" })
      .fill("Your return label")
    await agent.getByRole("button", { name: "Send", exact: true }).click()

    await transcript()
      .locator('[data-author="agent"]')
      .getByRole("link", { name: /etykieta\.pdf/ })
      .waitFor()
    await shopper.getByText("Your return label").waitFor()
    await widget().locator("li a[download='etykieta.pdf']").waitFor()
    await suite.shot(agent, "admin-transcript")
  })
})
