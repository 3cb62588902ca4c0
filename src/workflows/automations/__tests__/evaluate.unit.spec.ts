import type { AutomationPredicate } from "../../../types/automation"
import {
  type AutomationFacts,
  evaluateConditions,
  factOf,
  foldText,
  localClock,
  matchPredicate,
} from "../utils/evaluate"

const WEEKDAYS_9_TO_17 = {
  mon: [{ from: "09:00", to: "17:00" }],
  tue: [{ from: "09:00", to: "17:00" }],
  wed: [{ from: "09:00", to: "17:00" }],
  thu: [{ from: "09:00", to: "17:00" }],
  fri: [{ from: "09:00", to: "17:00" }],
  sat: [],
  sun: [],
}

const facts = (over: Partial<AutomationFacts> = {}): AutomationFacts => ({
  now: new Date("2026-03-02T10:00:00Z"),
  channel_id: "hdch_pl",
  schedule: {
    timezone: "Europe/Warsaw",
    opening_hours: WEEKDAYS_9_TO_17,
    holidays: [],
  },
  sentiment: "negative",
  sentiment_flags: ["threatening"],
  context: "order_status",
  status: "new",
  priority: "high",
  tag_ids: ["hdtg_vip"],
  assignee_id: null,
  team_id: "hdtm_1",
  inbox_id: "hdib_1",
  subject: "Zwrot zamówienia",
  message_text: "Chcę ZWRÓCIĆ kurtkę, gdzie jest zwrot?",
  customer_email: "Jan@Example.com",
  language: "pl",
  is_first_customer_message: true,
  medusa_orders: [{ number: "1001", status: "pending", total: 149.9 }],
  baselinker_orders: [],
  ...over,
})

const holds = (
  p: Omit<AutomationPredicate, "value"> & { value: unknown },
  f = facts()
) => matchPredicate(p as AutomationPredicate, factOf(f, p.field))

describe("automation conditions", () => {
  it("folds case and Polish diacritics, including ł", () => {
    expect(foldText("ZWRÓĆ Łódź źdźbło")).toBe("zwroc lodz zdzblo")
  })

  it.each([
    ["channel_id", "is", "hdch_pl", true],
    ["channel_id", "is_not", "hdch_pl", false],
    ["channel_id", "in", ["hdch_en", "hdch_pl"], true],
    ["sentiment", "is", "negative", true],
    ["sentiment", "in", ["positive", "neutral"], false],
    ["sentiment_flag", "contains", "threatening", true],
    ["sentiment_flag", "not_contains", "offensive", true],
    ["context", "is", "order_status", true],
    ["status", "is_not", "closed", true],
    ["priority", "gte", "high", true],
    ["priority", "gte", "urgent", false],
    ["priority", "lte", "normal", false],
    ["tag_id", "contains", "hdtg_vip", true],
    ["tag_id", "not_contains", "hdtg_vip", false],
    ["assignee_id", "is", null, true],
    ["team_id", "is", "hdtm_1", true],
    ["inbox_id", "in", ["hdib_2"], false],
    ["subject", "contains", "zwrot", true],
    ["subject", "is", "ZWROT ZAMOWIENIA", true],
    ["customer_email", "is", "jan@example.com", true],
    ["customer_email", "contains", "@EXAMPLE", true],
    ["email_domain", "is", "example.com", true],
    ["email_domain", "in", ["gmail.com"], false],
    ["language", "is", "pl", true],
    ["is_first_customer_message", "is", true, true],
    ["has_medusa_orders", "is", true, true],
    ["medusa_order_status", "is", "pending", true],
    ["medusa_order_total", "gte", 100, true],
    ["medusa_order_total", "lte", 100, false],
    ["has_baselinker_orders", "is", false, true],
    ["baselinker_order_status", "is", "513687", false],
  ] as const)("%s %s %j is %s", (field, operator, value, expected) => {
    expect(holds({ field, operator, value })).toBe(expected)
  })

  it("matches message_text regardless of case and diacritics, both ways", () => {
    expect(
      holds({ field: "message_text", operator: "contains", value: "zwrocic" })
    ).toBe(true)
    expect(
      holds({
        field: "message_text",
        operator: "contains",
        value: "GDZIE JEST ZWRÓT",
      })
    ).toBe(true)
    expect(
      holds({
        field: "message_text",
        operator: "not_contains",
        value: "reklamacja",
      })
    ).toBe(true)
  })

  it("reads weekday and time of day in the channel's timezone across the DST change", () => {
    // Sunday 29 March 2026, 00:30 UTC: 01:30 in Warsaw (CET, +1)
    expect(
      localClock(new Date("2026-03-29T00:30:00Z"), "Europe/Warsaw")
    ).toEqual({
      weekday: "sun",
      time: "01:30",
    })
    // 01:30 UTC the same night: clocks jumped, 03:30 CEST (+2)
    expect(
      localClock(new Date("2026-03-29T01:30:00Z"), "Europe/Warsaw")
    ).toEqual({
      weekday: "sun",
      time: "03:30",
    })
    // Monday 23:30 UTC in summer is already Tuesday in Warsaw
    const late = facts({ now: new Date("2026-07-06T23:30:00Z") })
    expect(
      holds({ field: "weekday", operator: "is", value: "tue" }, late)
    ).toBe(true)
    expect(
      holds({ field: "time_of_day", operator: "gte", value: "01:00" }, late)
    ).toBe(true)
    expect(
      holds({ field: "time_of_day", operator: "lte", value: "01:30" }, late)
    ).toBe(true)
  })

  it("reads opening hours in the channel's timezone, summer and winter", () => {
    // 08:30 UTC: 09:30 in winter (open), 10:30 in summer (open); 16:30 UTC: 17:30 / 18:30 (closed)
    const at = (iso: string) => facts({ now: new Date(iso) })
    const open = {
      field: "within_opening_hours",
      operator: "is",
      value: true,
    } as const
    expect(holds(open, at("2026-01-13T08:30:00Z"))).toBe(true)
    expect(holds(open, at("2026-07-14T07:30:00Z"))).toBe(true)
    expect(holds(open, at("2026-01-13T16:30:00Z"))).toBe(false)
    expect(holds(open, at("2026-07-14T15:30:00Z"))).toBe(false)
    // Saturday
    expect(holds(open, at("2026-07-11T10:00:00Z"))).toBe(false)
  })

  it("needs every predicate for all, one for any, and matches a rule without predicates", () => {
    const predicates: AutomationPredicate[] = [
      { field: "sentiment", operator: "is", value: "positive" },
      { field: "sentiment_flag", operator: "contains", value: "threatening" },
    ]
    const all = evaluateConditions({ match: "all", predicates }, facts())
    expect(all.matched).toBe(false)
    expect(all.conditions.map((c) => [c.matched, c.actual])).toEqual([
      [false, "negative"],
      [true, ["threatening"]],
    ])
    expect(
      evaluateConditions({ match: "any", predicates }, facts()).matched
    ).toBe(true)
    expect(
      evaluateConditions({ match: "all", predicates: [] }, facts()).matched
    ).toBe(true)
  })

  it("treats a ticket without orders as having none and compares nothing with a missing total", () => {
    const none = facts({ medusa_orders: [], baselinker_orders: [] })
    expect(
      holds({ field: "has_medusa_orders", operator: "is", value: false }, none)
    ).toBe(true)
    expect(
      holds({ field: "medusa_order_total", operator: "gte", value: 0 }, none)
    ).toBe(false)
    expect(
      holds(
        { field: "medusa_order_status", operator: "is_not", value: "pending" },
        none
      )
    ).toBe(true)
  })
})
