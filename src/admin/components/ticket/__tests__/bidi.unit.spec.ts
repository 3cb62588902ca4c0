import { TooltipProvider } from "@medusajs/ui"
import { createElement } from "react"
import { renderToStaticMarkup } from "react-dom/server"
import type { AdminTicket } from "../../../lib/ticket-types"
import { CustomerSection } from "../ticket-sidebar"

// the sidebar's module also holds hooks that talk to the backend; this test renders no hook
jest.mock("../../../lib/sdk", () => ({ sdk: {} }))

const RLO = "\u202e"

describe("user-supplied text in the Admin", () => {
  it("isolates a customer's name, e-mail and channel, so a direction override in the name stays inside it", () => {
    const ticket = {
      id: "hdt_1",
      customer_name: `${RLO}Jan Kowalski`,
      customer_email: "jan@example.com",
      channel: { id: "hdch_1", name: "Sklep PL" },
      page_url: null,
      locale: null,
      sentiment: null,
      context: null,
    } as unknown as AdminTicket

    const html = renderToStaticMarkup(
      createElement(
        TooltipProvider,
        null,
        createElement(CustomerSection, { ticket })
      )
    )

    expect(html).toContain(`<bdi>${RLO}Jan Kowalski</bdi>`)
    expect(html).toContain("<bdi>jan@example.com</bdi>")
    expect(html).toContain("<bdi>Sklep PL</bdi>")
  })
})
