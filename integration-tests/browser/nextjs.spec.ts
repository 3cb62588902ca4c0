import fs from "node:fs"
import path from "node:path"
import type { Page } from "playwright-core"

import { OPEN_ALWAYS, setUpBrowserSuite } from "../helpers/browser"
import { prepareNextStore, type NextServer } from "../helpers/nextjs-store"
import { eventually } from "../helpers/sockets"
import { findFreePort } from "../../scripts/lib/postgres"

jest.setTimeout(10 * 60 * 1000)

const CUSTOMER = {
  email: "ewa@example.com",
  password: "customer-secret",
  first_name: "Ewa",
  last_name: "Nowak",
}

type Ticket = {
  id: string
  subject: string
  customer_name: string
  customer_email: string
  customer_id: string | null
}

/**
 * A Next.js App Router store (integration-tests/fixtures/nextjs-store), built with `next build`
 * and served by `next start`, with the chat by the embed code in `<Script>` (/embed/*) and by the
 * packed medusa-helpdesk-widget package (/esm/*).
 */
describe("Chat widget in a Next.js store", () => {
  const suite = setUpBrowserSuite({
    name: "nextjs",
    database: "hd_nextjs_browser",
    port: 9350,
    email: "anna@example.com",
    password: "supersecret",
    serveAdmin: false,
    buildWidget: true,
  })
  const { apiOk } = suite
  const logFile = path.join(
    __dirname,
    "..",
    "..",
    "test-artifacts",
    "nextjs",
    "next.log"
  )
  let next: NextServer | undefined
  let customerId: string

  const bubble = (page: Page) =>
    page.getByRole("button", { name: /^Open chat/ })

  const tickets = async () =>
    (
      await apiOk<{ tickets: Ticket[] }>(
        "GET",
        "/admin/helpdesk/tickets?fields=id,subject,customer_name,customer_email,customer_id&limit=100"
      )
    ).tickets

  /** A Medusa customer who can log in with e-mail and password. */
  const registerCustomer = async (publishableKey: string) => {
    const post = async (route: string, body: unknown, token?: string) => {
      const res = await fetch(`${suite.url}${route}`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-publishable-api-key": publishableKey,
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(body),
      })
      const json = (await res.json()) as Record<string, unknown>
      if (!res.ok) {
        throw new Error(
          `${route} answered ${res.status}: ${JSON.stringify(json)}`
        )
      }
      return json
    }
    const { token } = (await post("/auth/customer/emailpass/register", {
      email: CUSTOMER.email,
      password: CUSTOMER.password,
    })) as { token: string }
    const { customer } = (await post(
      "/store/customers",
      {
        email: CUSTOMER.email,
        first_name: CUSTOMER.first_name,
        last_name: CUSTOMER.last_name,
      },
      token
    )) as { customer: { id: string } }
    return customer.id
  }

  beforeAll(async () => {
    fs.mkdirSync(path.dirname(logFile), { recursive: true })
    fs.writeFileSync(logFile, "")
    const t = Date.now()
    const store = await prepareNextStore(logFile)
    console.log(
      `[nextjs] store prepared in ${((Date.now() - t) / 1000).toFixed(1)} s (${store.timings})`
    )

    // the channel's store URL names the port, so it is chosen before the store starts
    const port = await findFreePort(9351)
    const storeUrl = `http://127.0.0.1:${port}`
    const { channel } = await apiOk<{ channel: { id: string } }>(
      "POST",
      "/admin/helpdesk/channels",
      {
        name: "Next store",
        store_url: storeUrl,
        paths: ["/embed/checkout*", "/esm/checkout*"],
        opening_hours: OPEN_ALWAYS,
        locale: "en",
      }
    )
    const { embed_code } = await apiOk<{ embed_code: string }>(
      "GET",
      `/admin/helpdesk/channels/${channel.id}/embed-code`
    )
    const { api_key } = await apiOk<{ api_key: { token: string } }>(
      "POST",
      "/admin/api-keys",
      { title: "Next store", type: "publishable" }
    )
    customerId = await registerCustomer(api_key.token)

    next = await store.start(port, {
      HELPDESK_BACKEND_URL: suite.url,
      HELPDESK_CHANNEL_ID: channel.id,
      HELPDESK_EMBED_CODE: embed_code,
      HELPDESK_PUBLISHABLE_KEY: api_key.token,
      HELPDESK_CUSTOMER_EMAIL: CUSTOMER.email,
      HELPDESK_CUSTOMER_PASSWORD: CUSTOMER.password,
    })
  })

  afterAll(async () => {
    await next?.stop()
  })

  const storeUrl = () => {
    if (!next) {
      throw new Error("next start has not run")
    }
    return next.url
  }

  for (const mode of ["embed", "esm"] as const) {
    describe(
      mode === "embed"
        ? "by the embed code in <Script>"
        : "by the medusa-helpdesk-widget package",
      () => {
        let page: Page
        const warnings: string[] = []

        beforeAll(async () => {
          page = await suite.newPage({
            viewport: { width: 1280, height: 800 },
            locale: "en-US",
            timeout: 20_000,
            reportErrors: true,
          })
          page.on("console", (message) => {
            if (message.type() === "warning" || message.type() === "error") {
              warnings.push(message.text())
            }
          })
        })

        afterAll(async () => {
          await page.context().close()
        })

        it("keeps one bubble through next/link navigations and hides it on the blacklisted checkout", async () => {
          await page.goto(`${storeUrl()}/${mode}`)
          await bubble(page).waitFor()
          // a marker on window survives only client-side navigation
          await page.evaluate(() => {
            ;(window as unknown as { marker: number }).marker = 1
          })

          await page.getByRole("link", { name: "Shirt" }).click()
          await page.getByRole("heading", { name: "Product shirt" }).waitFor()
          await bubble(page).waitFor()
          await page.getByRole("link", { name: "Home" }).click()
          await page.getByRole("heading", { name: "Store home" }).waitFor()
          await bubble(page).waitFor()

          await page.getByRole("link", { name: "Checkout" }).click()
          await page.getByRole("heading", { name: "Checkout" }).waitFor()
          await bubble(page).waitFor({ state: "hidden" })

          await page.goBack()
          await page.getByRole("heading", { name: "Store home" }).waitFor()
          await bubble(page).waitFor()

          expect(
            await page.evaluate(() => ({
              widgets: document.querySelectorAll("helpdesk-widget").length,
              loaders: document.querySelectorAll(
                'script[src*="/helpdesk/widget/loader.js"]'
              ).length,
              marker: (window as unknown as { marker?: number }).marker,
            }))
          ).toEqual({ widgets: 1, loaders: 1, marker: 1 })
          await expect(bubble(page).count()).resolves.toBe(1)
          expect(warnings.filter((w) => /Helpdesk|hydrat/i.test(w))).toEqual([])
          await suite.shot(page, `${mode}-01-bubble`)
        })

        it("starts a logged-in customer's chat without asking for name or e-mail, tied to the customer", async () => {
          await page.getByRole("button", { name: "Log in" }).click()
          await page.getByTestId("customer").waitFor()
          await bubble(page).click()

          await page.getByLabel("Subject").fill(`Order question (${mode})`)
          await page
            .getByRole("textbox", { name: "Message", exact: true })
            .fill("Where is my parcel?")
          // the customer's name is shown, read-only; the e-mail is not asked for
          const name = page.getByLabel("Full name")
          // the token comes from the store's server when the panel opens
          await eventually(
            async () =>
              expect(await name.inputValue()).toBe(
                `${CUSTOMER.first_name} ${CUSTOMER.last_name}`
              ),
            15_000
          )
          await expect(name.getAttribute("readonly")).resolves.toBe("")
          await expect(page.getByLabel("E-mail").isVisible()).resolves.toBe(
            false
          )
          await page.getByRole("button", { name: "Start chat" }).click()
          await page
            .locator("helpdesk-widget li", { hasText: "Where is my parcel?" })
            .waitFor()
          await suite.shot(page, `${mode}-02-customer-chat`)

          await eventually(async () => {
            const ticket = (await tickets()).find(
              (t) => t.subject === `Order question (${mode})`
            )
            expect(ticket).toMatchObject({
              customer_id: customerId,
              customer_email: CUSTOMER.email,
            })
          })
        })

        it("after logout shows no trace of the customer's chat and saves the next chat as the guest", async () => {
          // what is to be forgotten: the customer's chat of the test before
          expect(
            (await tickets()).some(
              (t) =>
                t.customer_id === customerId &&
                t.subject === `Order question (${mode})`
            )
          ).toBe(true)
          // the chat of the test before may still be open
          const closeChat = page.getByRole("button", { name: "Close chat" })
          if (await closeChat.first().isVisible()) {
            await closeChat.first().click()
          }
          await page.getByRole("button", { name: "Log out" }).click()
          await page.getByRole("button", { name: "Log in" }).waitFor()

          // also after a reload: nothing of the customer's conversation is kept on the device
          for (const reload of [false, true]) {
            if (reload) {
              await page.reload()
            }
            await bubble(page).click()
            await page.getByLabel("Full name").waitFor()
            expect(
              await page
                .locator("helpdesk-widget li", {
                  hasText: "Where is my parcel?",
                })
                .count()
            ).toBe(0)
            await page.keyboard.press("Escape")
          }
          expect(
            await page.evaluate(() =>
              Object.keys(localStorage).filter((key) =>
                key.startsWith("helpdesk:")
              )
            )
          ).toEqual([])

          await bubble(page).click()
          await page.getByLabel("Full name").fill("Guest Shopper")
          await page.getByLabel("E-mail").fill(`guest-${mode}@example.com`)
          await page.getByLabel("Subject").fill(`Guest question (${mode})`)
          await page
            .getByRole("textbox", { name: "Message", exact: true })
            .fill("Do you ship abroad?")
          await page.getByRole("button", { name: "Start chat" }).click()
          await page
            .locator("helpdesk-widget li", { hasText: "Do you ship abroad?" })
            .waitFor()
          expect(
            await page
              .locator("helpdesk-widget li", { hasText: "Where is my parcel?" })
              .count()
          ).toBe(0)
          await suite.shot(page, `${mode}-03-guest-chat`)

          await eventually(async () => {
            const ticket = (await tickets()).find(
              (t) => t.subject === `Guest question (${mode})`
            )
            expect(ticket).toMatchObject({
              customer_id: null,
              customer_name: "Guest Shopper",
              customer_email: `guest-${mode}@example.com`,
            })
          })
        })
      }
    )
  }
})
