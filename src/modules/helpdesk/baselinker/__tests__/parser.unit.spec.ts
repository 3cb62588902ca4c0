import {
  orderTotal,
  parseOrder,
  parseOrders,
  parseStatuses,
  toBool,
  toInt,
  toNumber,
  toText,
} from "../parser"

describe("BaseLinker parser", () => {
  it("reads numbers sent as numbers, numeric strings and decimal commas, and '' as the fallback", () => {
    expect(toNumber(79)).toBe(79)
    expect(toNumber("89.00")).toBe(89)
    expect(toNumber("12,5")).toBe(12.5)
    expect(toNumber("")).toBe(0)
    expect(toNumber(null, 7)).toBe(7)
    expect(toNumber("abc", 3)).toBe(3)
    expect(toInt("700001")).toBe(700001)
  })

  it("reads flags sent as true, 1 and '1' as true, and '0', 0, '' as false", () => {
    expect([true, 1, "1", "true"].map(toBool)).toEqual([true, true, true, true])
    expect([false, 0, "0", "", null, undefined].map(toBool)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ])
  })

  it("turns '' into null and numbers into text", () => {
    expect(toText("")).toBeNull()
    expect(toText(123)).toBe("123")
    expect(toText({})).toBeNull()
  })

  it("parses a live-typed order: string ids and prices, '0' flags, pick_status from the documentation's sample", () => {
    const order = parseOrder({
      order_id: "700001",
      order_status_id: "513687",
      date_add: "1767225600",
      date_confirmed: 1767225660,
      confirmed: 1,
      email: "Jan@Example.com",
      currency: "pln",
      delivery_price: "14.99",
      payment_done: "50",
      payment_method_cod: "0",
      order_page: "",
      pick_status: "1",
      products: {
        0: { name: "Kubek", sku: "", quantity: "2", price_brutto: "49.90" },
        1: { name: "Torba", sku: "TOTE-1", quantity: 1, price_brutto: 39 },
      },
    })
    expect(order).toEqual({
      order_id: 700001,
      order_status_id: 513687,
      date_add: 1767225600,
      date_confirmed: 1767225660,
      confirmed: true,
      email: "Jan@Example.com",
      currency: "PLN",
      delivery_price: 14.99,
      payment_done: 50,
      payment_method_cod: false,
      order_page: null,
      pick_state: 1,
      pack_state: 0,
      products: [
        { name: "Kubek", sku: null, quantity: 2, price_brutto: 49.9 },
        { name: "Torba", sku: "TOTE-1", quantity: 1, price_brutto: 39 },
      ],
    })
    expect(orderTotal(order!)).toBe(153.79)
  })

  it("skips orders without a usable id instead of failing the whole answer", () => {
    expect(
      parseOrders({ orders: [{ order_id: "" }, "junk", { order_id: 5 }] }).map(
        (o) => o.order_id
      )
    ).toEqual([5])
    expect(parseOrders({ orders: "" })).toEqual([])
  })

  it("parses statuses, names a nameless one by its id and drops a colour that is not one", () => {
    expect(
      parseStatuses({
        statuses: [
          { id: "513687", name: "Nowe zamówienia", color: "#0077DA" },
          { id: 513688, name: "", color: "F0AD4E" },
          { id: 513689, name: "Wysłane", color: "red; background:url(x)" },
          { id: "x" },
        ],
      })
    ).toEqual([
      { id: 513687, name: "Nowe zamówienia", color: "#0077DA" },
      { id: 513688, name: "Status 513688", color: "#F0AD4E" },
      { id: 513689, name: "Wysłane", color: null },
    ])
  })
})
