import {
  firstName,
  renderTemplate,
  textForLocale,
  unknownVariables,
} from "../utils/template"

const values = {
  "customer.first_name": "Jan",
  "customer.name": "Jan Kowalski",
  "ticket.number": "1042",
  "channel.name": "Sklep PL",
  "order.number": "700001",
  "order.status": "Wysłane",
}

describe("automation templates", () => {
  it("puts every variable in, with spaces inside the braces allowed", () => {
    expect(
      renderTemplate(
        "Cześć {customer.first_name} ({customer.name}), #{ticket.number} w {channel.name}: {order.number} – { order.status }",
        values
      )
    ).toBe("Cześć Jan (Jan Kowalski), #1042 w Sklep PL: 700001 – Wysłane")
  })

  it("names unknown variables and leaves braces that are not variables alone", () => {
    expect(
      unknownVariables("Hi {customer.nickname} {order.total} {x}")
    ).toEqual(["customer.nickname", "order.total", "x"])
    expect(unknownVariables("Smile :-} { } {{ and {1}")).toEqual([])
    expect(renderTemplate("{ } and {1}", values)).toBe("{ } and {1}")
  })

  it("leaves an empty string where a variable has no value", () => {
    expect(
      renderTemplate("Order {order.number}.", { ...values, "order.number": "" })
    ).toBe("Order .")
  })

  it("picks the ticket's locale, else English, else the text given", () => {
    expect(textForLocale({ en: "Hi", pl: "Cześć" }, "pl")).toBe("Cześć")
    expect(textForLocale({ en: "Hi", pl: "Cześć" }, "de")).toBe("Hi")
    expect(textForLocale({ pl: "Cześć" }, "en")).toBe("Cześć")
    expect(textForLocale("Hi", "pl")).toBe("Hi")
  })

  it("takes the first word of the shopper's name as the first name", () => {
    expect(firstName("  Jan   Kowalski ")).toBe("Jan")
    expect(firstName(null)).toBe("")
  })
})
