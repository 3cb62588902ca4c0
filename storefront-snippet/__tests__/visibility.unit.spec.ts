import type { WidgetConfig } from "../types"
import { isVisible, matchesPath } from "../visibility"

const channel = (overrides: Partial<WidgetConfig> = {}): WidgetConfig => ({
  id: "hdch_1",
  name: "Shop",
  welcome_message: null,
  alignment: "right",
  vertical_offset: 25,
  path_list_type: "blacklist",
  paths: [],
  after_hours_behavior: "display_message",
  after_hours_message: null,
  locale: "en",
  color: "#1f6feb",
  is_open: true,
  next_change_at: null,
  ...overrides,
})

describe("matchesPath", () => {
  it("matches a trailing * against the path itself and everything below it", () => {
    expect(matchesPath("/checkout*", "/checkout")).toBe(true)
    expect(matchesPath("/checkout*", "/checkout/step-2")).toBe(true)
    expect(matchesPath("/checkout*", "/checkouts")).toBe(true)
    expect(matchesPath("/checkout*", "/cart/checkout")).toBe(false)
  })

  it("requires something after a slash before *", () => {
    expect(matchesPath("/account/*", "/account/orders")).toBe(true)
    expect(matchesPath("/account/*", "/account/orders/12")).toBe(true)
    expect(matchesPath("/account/*", "/account")).toBe(false)
    expect(matchesPath("/account/*", "/account/")).toBe(true)
  })

  it("matches the whole path, not a part of it", () => {
    expect(matchesPath("/cart", "/cart")).toBe(true)
    expect(matchesPath("/cart", "/cart/x")).toBe(false)
    expect(matchesPath("/cart", "/shop/cart")).toBe(false)
  })

  it("lets * stand in the middle of a pattern", () => {
    expect(matchesPath("/products/*/reviews", "/products/shirt/reviews")).toBe(
      true
    )
    expect(matchesPath("/products/*/reviews", "/products/shirt")).toBe(false)
  })

  it("treats every other character literally", () => {
    expect(matchesPath("/a.b", "/a.b")).toBe(true)
    expect(matchesPath("/a.b", "/axb")).toBe(false)
    expect(matchesPath("/(x)+?[y]", "/(x)+?[y]")).toBe(true)
    expect(matchesPath("/$^|\\", "/$^|\\")).toBe(true)
  })
})

describe("isVisible", () => {
  it("shows the bubble everywhere but on blacklisted paths", () => {
    const config = channel({ paths: ["/checkout*", "/account/*"] })
    expect(isVisible(config, "/")).toBe(true)
    expect(isVisible(config, "/account")).toBe(true)
    expect(isVisible(config, "/checkout/step-2")).toBe(false)
    expect(isVisible(config, "/account/orders")).toBe(false)
  })

  it("shows the bubble only on whitelisted paths", () => {
    const config = channel({
      path_list_type: "whitelist",
      paths: ["/products/*"],
    })
    expect(isVisible(config, "/products/shirt")).toBe(true)
    expect(isVisible(config, "/")).toBe(false)
    expect(isVisible(channel({ path_list_type: "whitelist" }), "/")).toBe(false)
  })

  it("matches paths written as the address bar shows them", () => {
    const config = channel({ paths: ["/zamówienie*"] })
    expect(isVisible(config, "/zam%C3%B3wienie/krok-2")).toBe(false)
    expect(isVisible(config, "/zamowienie")).toBe(true)
    // a malformed escape is matched as it is rather than breaking the page
    expect(isVisible(channel({ paths: ["/a%E0*"] }), "/a%E0")).toBe(false)
  })

  it("hides the bubble after hours only when the channel says hide_widget", () => {
    expect(
      isVisible(
        channel({ is_open: false, after_hours_behavior: "hide_widget" }),
        "/"
      )
    ).toBe(false)
    expect(isVisible(channel({ is_open: false }), "/")).toBe(true)
    expect(
      isVisible(channel({ is_open: false, paths: ["/checkout*"] }), "/checkout")
    ).toBe(false)
  })
  it("keeps the bubble of a shopper in a conversation after hours, but not on an excluded path", () => {
    const closed = channel({
      is_open: false,
      after_hours_behavior: "hide_widget",
    })
    expect(isVisible(closed, "/", true)).toBe(true)
    expect(
      isVisible({ ...closed, paths: ["/checkout*"] }, "/checkout", true)
    ).toBe(false)
  })
})
