import { mkdirSync, mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"
import type { Page } from "playwright-core"

import { OPEN_ALWAYS, setUpBrowserSuite, type Store } from "../helpers/browser"
import { eventually } from "../helpers/sockets"

// The first visit compiles the whole admin through Vite.
jest.setTimeout(10 * 60 * 1000)

/** A photo of a cracked mug, drawn and photographed by the browser: a real 240×180 PNG. */
const PHOTO_PAGE = `<body style="margin:0;background:linear-gradient(#f4efe6,#d9cbb5)">
<svg width="240" height="180" viewBox="0 0 240 180">
<ellipse cx="118" cy="160" rx="78" ry="9" fill="#00000022"/>
<path d="M160 78 q40 0 40 30 q0 30 -40 30" fill="none" stroke="#2f6fb3" stroke-width="12"/>
<rect x="70" y="50" width="90" height="108" rx="12" fill="#2f6fb3"/>
<ellipse cx="115" cy="52" rx="45" ry="8" fill="#1f4f85"/>
<path d="M112 50 l-8 30 l14 15 l-10 25 l12 20 l-6 16" fill="none" stroke="#fff" stroke-width="3"/>
</svg></body>`
const PHOTO_WIDTH = 240
let PNG: Buffer

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
    const painter = await suite.newPage({
      viewport: { width: PHOTO_WIDTH, height: 180 },
      locale: "en-US",
      timeout: 30_000,
    })
    await painter.setContent(PHOTO_PAGE)
    PNG = await painter.screenshot({ type: "png" })
    await painter.close()
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
      expect(width).toBe(PHOTO_WIDTH)
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
      ).toBe(PHOTO_WIDTH)
    )
    const pdf = transcript().getByRole("link", { name: /faktura\.pdf/ })
    expect(await pdf.getAttribute("href")).toMatch(
      new RegExp(`/admin/helpdesk/tickets/${ticketId}/attachments/hdatt_`)
    )

    // the README's picture of a ticket with the shopper's photo and invoice
    mkdirSync(resolve(__dirname, "../../docs/images"), { recursive: true })
    await agent.screenshot({
      path: resolve(__dirname, "../../docs/images/ticket-attachments.png"),
    })

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
