import type {
  ChannelSchedule,
  OpeningHours,
  OpeningInterval,
} from "../../../../types/channel"
import {
  getOpeningState,
  isOpen,
  isValidDate,
  isValidTimeZone,
  nextChange,
  parseTime,
} from "../opening-hours"

// Calendar used below (all 2026):
// Jan 14 Wed; Mar 6 Fri, Mar 8 Sun (US DST starts), Mar 27 Fri,
// Mar 29 Sun (EU DST starts); Apr 3 Fri, Apr 5 Sun (Sydney DST ends);
// Jun 1 Mon … Jun 7 Sun; Oct 2 Fri, Oct 4 Sun (Sydney DST starts);
// Oct 23 Fri, Oct 25 Sun (EU DST ends); Oct 30 Fri, Nov 1 Sun (US DST ends);
// Nov 11 Wed; Dec 1 Tue, Dec 23 Wed, Dec 25 Fri, Dec 28 Mon.

const NO_HOURS: OpeningHours = {
  mon: [],
  tue: [],
  wed: [],
  thu: [],
  fri: [],
  sat: [],
  sun: [],
}

const nineToFive: OpeningInterval[] = [{ from: "09:00", to: "17:00" }]
const WORKING_WEEK: Partial<OpeningHours> = {
  mon: nineToFive,
  tue: nineToFive,
  wed: nineToFive,
  thu: nineToFive,
  fri: nineToFive,
}

const wholeDay: OpeningInterval[] = [{ from: "00:00", to: "24:00" }]
const ALWAYS: OpeningHours = {
  mon: wholeDay,
  tue: wholeDay,
  wed: wholeDay,
  thu: wholeDay,
  fri: wholeDay,
  sat: wholeDay,
  sun: wholeDay,
}

function schedule(
  timezone: string,
  hours: Partial<OpeningHours>,
  holidays: string[] = []
): ChannelSchedule {
  return {
    timezone,
    opening_hours: { ...NO_HOURS, ...hours },
    holidays,
  }
}

function openAt(s: ChannelSchedule, iso: string): boolean {
  return isOpen(s, new Date(iso))
}

function nextAfter(s: ChannelSchedule, iso: string): string | null {
  return nextChange(s, new Date(iso))?.toISOString() ?? null
}

describe("opening hours", () => {
  describe("weekday hours in UTC", () => {
    const s = schedule("UTC", WORKING_WEEK)

    it("is open during working hours and closed outside them", () => {
      expect(openAt(s, "2026-06-03T10:00:00.000Z")).toBe(true)
      expect(openAt(s, "2026-06-03T08:59:59.999Z")).toBe(false)
      expect(openAt(s, "2026-06-03T20:00:00.000Z")).toBe(false)
    })

    it("opens exactly at `from` and closes exactly at `to`", () => {
      expect(openAt(s, "2026-06-03T09:00:00.000Z")).toBe(true)
      expect(openAt(s, "2026-06-03T16:59:59.999Z")).toBe(true)
      expect(openAt(s, "2026-06-03T17:00:00.000Z")).toBe(false)
    })

    it("is closed on a weekend day without intervals", () => {
      expect(openAt(s, "2026-06-06T12:00:00.000Z")).toBe(false)
    })

    it("reports the closing time while open and the opening time while closed", () => {
      expect(nextAfter(s, "2026-06-03T10:00:00.000Z")).toBe(
        "2026-06-03T17:00:00.000Z"
      )
      expect(nextAfter(s, "2026-06-03T08:00:00.000Z")).toBe(
        "2026-06-03T09:00:00.000Z"
      )
    })

    it("reports a change strictly after the given instant", () => {
      expect(nextAfter(s, "2026-06-03T09:00:00.000Z")).toBe(
        "2026-06-03T17:00:00.000Z"
      )
      expect(nextAfter(s, "2026-06-03T17:00:00.000Z")).toBe(
        "2026-06-04T09:00:00.000Z"
      )
    })

    it("skips the weekend from Friday evening to Monday morning", () => {
      expect(nextAfter(s, "2026-06-05T18:00:00.000Z")).toBe(
        "2026-06-08T09:00:00.000Z"
      )
    })

    it("returns the widget state with an ISO next change", () => {
      expect(getOpeningState(s, new Date("2026-06-03T10:00:00.000Z"))).toEqual({
        is_open: true,
        next_change_at: "2026-06-03T17:00:00.000Z",
      })
      expect(getOpeningState(s, new Date("2026-06-06T10:00:00.000Z"))).toEqual({
        is_open: false,
        next_change_at: "2026-06-08T09:00:00.000Z",
      })
    })
  })

  describe("a non-UTC zone (Europe/Warsaw)", () => {
    const s = schedule("Europe/Warsaw", WORKING_WEEK)

    it("applies the winter offset of +01:00", () => {
      expect(openAt(s, "2026-01-14T07:59:59.000Z")).toBe(false)
      expect(openAt(s, "2026-01-14T08:00:00.000Z")).toBe(true)
      expect(openAt(s, "2026-01-14T15:59:59.000Z")).toBe(true)
      expect(openAt(s, "2026-01-14T16:00:00.000Z")).toBe(false)
      expect(nextAfter(s, "2026-01-14T07:00:00.000Z")).toBe(
        "2026-01-14T08:00:00.000Z"
      )
      expect(nextAfter(s, "2026-01-14T12:00:00.000Z")).toBe(
        "2026-01-14T16:00:00.000Z"
      )
    })

    it("applies the summer offset of +02:00", () => {
      expect(openAt(s, "2026-06-03T06:59:59.000Z")).toBe(false)
      expect(openAt(s, "2026-06-03T07:00:00.000Z")).toBe(true)
      expect(openAt(s, "2026-06-03T14:59:59.000Z")).toBe(true)
      expect(openAt(s, "2026-06-03T15:00:00.000Z")).toBe(false)
      expect(nextAfter(s, "2026-06-03T06:00:00.000Z")).toBe(
        "2026-06-03T07:00:00.000Z"
      )
      expect(nextAfter(s, "2026-06-03T10:00:00.000Z")).toBe(
        "2026-06-03T15:00:00.000Z"
      )
    })

    it("uses the local weekday, not the UTC one", () => {
      const mondayNight = schedule("Europe/Warsaw", {
        mon: [{ from: "00:00", to: "02:00" }],
      })
      // Sunday 23:30 UTC is Monday 01:30 in Warsaw.
      expect(openAt(mondayNight, "2026-06-07T23:30:00.000Z")).toBe(true)
      expect(openAt(mondayNight, "2026-06-08T01:30:00.000Z")).toBe(false)
      expect(nextAfter(mondayNight, "2026-06-07T21:00:00.000Z")).toBe(
        "2026-06-07T22:00:00.000Z"
      )
    })
  })

  describe("several intervals in one day", () => {
    it("closes over a lunch break between two intervals", () => {
      const s = schedule("UTC", {
        wed: [
          { from: "09:00", to: "12:00" },
          { from: "13:00", to: "17:00" },
        ],
      })
      expect(openAt(s, "2026-06-03T12:30:00.000Z")).toBe(false)
      expect(nextAfter(s, "2026-06-03T10:00:00.000Z")).toBe(
        "2026-06-03T12:00:00.000Z"
      )
      expect(nextAfter(s, "2026-06-03T12:30:00.000Z")).toBe(
        "2026-06-03T13:00:00.000Z"
      )
      expect(nextAfter(s, "2026-06-03T14:00:00.000Z")).toBe(
        "2026-06-03T17:00:00.000Z"
      )
    })

    it("merges adjacent intervals so there is no change at the shared boundary", () => {
      const s = schedule("UTC", {
        wed: [
          { from: "09:00", to: "12:00" },
          { from: "12:00", to: "17:00" },
        ],
      })
      expect(openAt(s, "2026-06-03T12:00:00.000Z")).toBe(true)
      expect(nextAfter(s, "2026-06-03T10:00:00.000Z")).toBe(
        "2026-06-03T17:00:00.000Z"
      )
    })

    it("merges overlapping intervals given in any order", () => {
      const s = schedule("UTC", {
        wed: [
          { from: "12:00", to: "17:00" },
          { from: "09:00", to: "13:00" },
          { from: "10:00", to: "11:00" },
        ],
      })
      expect(openAt(s, "2026-06-03T12:30:00.000Z")).toBe(true)
      expect(nextAfter(s, "2026-06-03T08:00:00.000Z")).toBe(
        "2026-06-03T09:00:00.000Z"
      )
      expect(nextAfter(s, "2026-06-03T10:30:00.000Z")).toBe(
        "2026-06-03T17:00:00.000Z"
      )
    })
  })

  describe("overnight intervals", () => {
    const s = schedule("UTC", { thu: [{ from: "22:00", to: "02:00" }] })

    it("keeps an overnight Thursday interval open at 01:30 on Friday", () => {
      expect(openAt(s, "2026-06-05T01:30:00.000Z")).toBe(true)
    })

    it("is open late on the starting day and closed before it starts", () => {
      expect(openAt(s, "2026-06-04T21:59:59.999Z")).toBe(false)
      expect(openAt(s, "2026-06-04T23:00:00.000Z")).toBe(true)
    })

    it("closes at `to` on the following morning", () => {
      expect(openAt(s, "2026-06-05T02:00:00.000Z")).toBe(false)
    })

    it("reports the closing time across midnight", () => {
      expect(nextAfter(s, "2026-06-04T23:00:00.000Z")).toBe(
        "2026-06-05T02:00:00.000Z"
      )
      expect(nextAfter(s, "2026-06-04T12:00:00.000Z")).toBe(
        "2026-06-04T22:00:00.000Z"
      )
    })

    it("reports the next week's start once the interval has ended", () => {
      expect(nextAfter(s, "2026-06-05T03:00:00.000Z")).toBe(
        "2026-06-11T22:00:00.000Z"
      )
    })

    it("wraps a Sunday night interval into Monday", () => {
      const sunday = schedule("UTC", { sun: [{ from: "22:00", to: "06:00" }] })
      expect(openAt(sunday, "2026-06-08T05:00:00.000Z")).toBe(true)
      expect(nextAfter(sunday, "2026-06-08T05:00:00.000Z")).toBe(
        "2026-06-08T06:00:00.000Z"
      )
    })

    it("does not report midnight when the next day continues the opening", () => {
      const split = schedule("UTC", {
        thu: [{ from: "20:00", to: "24:00" }],
        fri: [{ from: "00:00", to: "08:00" }],
      })
      expect(nextAfter(split, "2026-06-04T21:00:00.000Z")).toBe(
        "2026-06-05T08:00:00.000Z"
      )
    })

    it("treats a `to` of 00:00 as the end of the day", () => {
      const evening = schedule("UTC", { fri: [{ from: "18:00", to: "00:00" }] })
      expect(openAt(evening, "2026-06-05T23:59:59.999Z")).toBe(true)
      expect(openAt(evening, "2026-06-06T00:00:00.000Z")).toBe(false)
      expect(nextAfter(evening, "2026-06-05T19:00:00.000Z")).toBe(
        "2026-06-06T00:00:00.000Z"
      )
    })
  })

  describe("24:00", () => {
    const s = schedule("UTC", { wed: [{ from: "12:00", to: "24:00" }] })

    it("keeps the channel open until the end of the day", () => {
      expect(openAt(s, "2026-06-03T23:59:59.999Z")).toBe(true)
      expect(openAt(s, "2026-06-04T00:00:00.000Z")).toBe(false)
    })

    it("reports the following midnight as the closing time", () => {
      expect(nextAfter(s, "2026-06-03T13:00:00.000Z")).toBe(
        "2026-06-04T00:00:00.000Z"
      )
    })
  })

  describe("holidays", () => {
    it("stays closed all day on a holiday", () => {
      const s = schedule("Europe/Warsaw", WORKING_WEEK, ["2026-11-11"])
      expect(openAt(s, "2026-11-11T08:00:00.000Z")).toBe(false)
      expect(openAt(s, "2026-11-11T10:00:00.000Z")).toBe(false)
      expect(openAt(s, "2026-11-12T10:00:00.000Z")).toBe(true)
    })

    it("skips a holiday to the next working day", () => {
      const s = schedule("Europe/Warsaw", WORKING_WEEK, ["2026-11-11"])
      expect(nextAfter(s, "2026-11-10T17:00:00.000Z")).toBe(
        "2026-11-12T08:00:00.000Z"
      )
    })

    it("skips several holidays and a weekend in a row", () => {
      const s = schedule("UTC", WORKING_WEEK, [
        "2026-12-24",
        "2026-12-25",
        "2026-12-26",
      ])
      expect(nextAfter(s, "2026-12-23T18:00:00.000Z")).toBe(
        "2026-12-28T09:00:00.000Z"
      )
    })

    it("lets an overnight interval from the day before run into the holiday", () => {
      const s = schedule("UTC", { thu: [{ from: "22:00", to: "02:00" }] }, [
        "2026-06-05",
      ])
      expect(openAt(s, "2026-06-05T01:00:00.000Z")).toBe(true)
      expect(nextAfter(s, "2026-06-04T23:00:00.000Z")).toBe(
        "2026-06-05T02:00:00.000Z"
      )
    })

    it("does not start an overnight interval on a holiday", () => {
      const s = schedule("UTC", { thu: [{ from: "22:00", to: "02:00" }] }, [
        "2026-06-04",
      ])
      expect(openAt(s, "2026-06-04T23:00:00.000Z")).toBe(false)
      expect(openAt(s, "2026-06-05T01:00:00.000Z")).toBe(false)
      expect(nextAfter(s, "2026-06-04T12:00:00.000Z")).toBe(
        "2026-06-11T22:00:00.000Z"
      )
    })

    it("closes a round-the-clock channel from local midnight to local midnight", () => {
      const s = schedule("Europe/Warsaw", ALWAYS, ["2026-11-11"])
      expect(openAt(s, "2026-11-10T22:59:59.000Z")).toBe(true)
      expect(openAt(s, "2026-11-10T23:00:00.000Z")).toBe(false)
      expect(nextAfter(s, "2026-11-10T12:00:00.000Z")).toBe(
        "2026-11-10T23:00:00.000Z"
      )
      expect(nextAfter(s, "2026-11-11T12:00:00.000Z")).toBe(
        "2026-11-11T23:00:00.000Z"
      )
    })

    it("finds a holiday weeks ahead of a round-the-clock channel", () => {
      const s = schedule("UTC", ALWAYS, ["2026-12-25"])
      expect(nextAfter(s, "2026-12-01T00:00:00.000Z")).toBe(
        "2026-12-25T00:00:00.000Z"
      )
    })

    it("ignores malformed holiday entries", () => {
      const s = schedule("UTC", WORKING_WEEK, ["2026-06-03T00:00", "junk"])
      expect(openAt(s, "2026-06-03T10:00:00.000Z")).toBe(true)
    })
  })

  describe("DST in Europe/Warsaw, spring forward on 2026-03-29", () => {
    // 02:00 CET (+01:00) jumps to 03:00 CEST (+02:00) at 01:00 UTC.
    it("opens at 09:00 CEST on the Monday after the switch", () => {
      const s = schedule("Europe/Warsaw", WORKING_WEEK)
      expect(openAt(s, "2026-03-27T08:00:00.000Z")).toBe(true)
      expect(nextAfter(s, "2026-03-27T17:00:00.000Z")).toBe(
        "2026-03-30T07:00:00.000Z"
      )
      expect(openAt(s, "2026-03-30T06:59:59.000Z")).toBe(false)
      expect(openAt(s, "2026-03-30T07:00:00.000Z")).toBe(true)
    })

    it("is open around the switch for hours starting right after it", () => {
      const s = schedule("Europe/Warsaw", {
        sun: [{ from: "03:00", to: "05:00" }],
      })
      expect(openAt(s, "2026-03-29T00:59:59.000Z")).toBe(false)
      expect(openAt(s, "2026-03-29T01:00:00.000Z")).toBe(true)
      expect(openAt(s, "2026-03-29T02:59:59.000Z")).toBe(true)
      expect(openAt(s, "2026-03-29T03:00:00.000Z")).toBe(false)
    })

    it("closes an interval spanning the switch after seven real hours", () => {
      const s = schedule("Europe/Warsaw", {
        sat: [{ from: "22:00", to: "06:00" }],
      })
      expect(nextAfter(s, "2026-03-28T20:00:00.000Z")).toBe(
        "2026-03-28T21:00:00.000Z"
      )
      expect(nextAfter(s, "2026-03-28T22:00:00.000Z")).toBe(
        "2026-03-29T04:00:00.000Z"
      )
      expect(openAt(s, "2026-03-29T03:59:59.000Z")).toBe(true)
      expect(openAt(s, "2026-03-29T04:00:00.000Z")).toBe(false)
    })

    it("opens a start inside the gap when the clocks jump", () => {
      const s = schedule("Europe/Warsaw", {
        sun: [{ from: "02:30", to: "04:00" }],
      })
      expect(nextAfter(s, "2026-03-29T00:00:00.000Z")).toBe(
        "2026-03-29T01:00:00.000Z"
      )
      expect(openAt(s, "2026-03-29T00:59:59.000Z")).toBe(false)
      expect(openAt(s, "2026-03-29T01:00:00.000Z")).toBe(true)
      expect(nextAfter(s, "2026-03-29T01:30:00.000Z")).toBe(
        "2026-03-29T02:00:00.000Z"
      )
    })

    it("closes an end inside the gap when the clocks jump", () => {
      const s = schedule("Europe/Warsaw", {
        sun: [{ from: "01:00", to: "02:30" }],
      })
      expect(openAt(s, "2026-03-29T00:00:00.000Z")).toBe(true)
      expect(nextAfter(s, "2026-03-29T00:30:00.000Z")).toBe(
        "2026-03-29T01:00:00.000Z"
      )
      expect(openAt(s, "2026-03-29T01:00:00.000Z")).toBe(false)
    })

    it("never opens an interval lying entirely inside the gap", () => {
      const s = schedule("Europe/Warsaw", {
        sun: [{ from: "02:00", to: "03:00" }],
      })
      expect(openAt(s, "2026-03-29T01:00:00.000Z")).toBe(false)
      // The next Sunday 02:00 CEST is 00:00 UTC.
      expect(nextAfter(s, "2026-03-29T00:00:00.000Z")).toBe(
        "2026-04-05T00:00:00.000Z"
      )
    })
  })

  describe("DST in Europe/Warsaw, fall back on 2026-10-25", () => {
    // 03:00 CEST (+02:00) falls back to 02:00 CET (+01:00) at 01:00 UTC, so
    // 02:00-03:00 local happens twice: 00:00-01:00 and 01:00-02:00 UTC.
    it("opens at 09:00 CET on the Monday after the switch", () => {
      const s = schedule("Europe/Warsaw", WORKING_WEEK)
      expect(nextAfter(s, "2026-10-23T16:00:00.000Z")).toBe(
        "2026-10-26T08:00:00.000Z"
      )
      expect(openAt(s, "2026-10-26T07:59:59.000Z")).toBe(false)
      expect(openAt(s, "2026-10-26T08:00:00.000Z")).toBe(true)
      expect(nextAfter(s, "2026-10-26T10:00:00.000Z")).toBe(
        "2026-10-26T16:00:00.000Z"
      )
    })

    it("closes an interval spanning the switch after nine real hours", () => {
      const s = schedule("Europe/Warsaw", {
        sat: [{ from: "22:00", to: "06:00" }],
      })
      expect(openAt(s, "2026-10-24T19:59:59.000Z")).toBe(false)
      expect(openAt(s, "2026-10-24T20:00:00.000Z")).toBe(true)
      expect(nextAfter(s, "2026-10-24T21:00:00.000Z")).toBe(
        "2026-10-25T05:00:00.000Z"
      )
      expect(openAt(s, "2026-10-25T04:59:59.000Z")).toBe(true)
      expect(openAt(s, "2026-10-25T05:00:00.000Z")).toBe(false)
    })

    it("opens an ambiguous start at its first occurrence and stays open through the repeat", () => {
      const s = schedule("Europe/Warsaw", {
        sun: [{ from: "02:30", to: "04:00" }],
      })
      expect(nextAfter(s, "2026-10-25T00:00:00.000Z")).toBe(
        "2026-10-25T00:30:00.000Z"
      )
      // 02:15 for the second time, after the first 02:30.
      expect(openAt(s, "2026-10-25T01:15:00.000Z")).toBe(true)
      expect(nextAfter(s, "2026-10-25T01:15:00.000Z")).toBe(
        "2026-10-25T03:00:00.000Z"
      )
    })

    it("closes an ambiguous end at its first occurrence without reopening", () => {
      const s = schedule("Europe/Warsaw", {
        sun: [{ from: "00:00", to: "02:30" }],
      })
      expect(nextAfter(s, "2026-10-24T23:00:00.000Z")).toBe(
        "2026-10-25T00:30:00.000Z"
      )
      expect(openAt(s, "2026-10-25T01:15:00.000Z")).toBe(false)
    })
  })

  describe("DST in America/New_York", () => {
    // 2026-03-08: 02:00 EST (-05:00) jumps to 03:00 EDT (-04:00) at 07:00 UTC.
    // 2026-11-01: 02:00 EDT falls back to 01:00 EST at 06:00 UTC.
    const s = schedule("America/New_York", WORKING_WEEK)

    it("opens at 09:00 EDT on the Monday after spring forward", () => {
      expect(openAt(s, "2026-03-06T14:00:00.000Z")).toBe(true)
      expect(nextAfter(s, "2026-03-06T14:00:00.000Z")).toBe(
        "2026-03-06T22:00:00.000Z"
      )
      expect(nextAfter(s, "2026-03-06T23:00:00.000Z")).toBe(
        "2026-03-09T13:00:00.000Z"
      )
    })

    it("opens at 09:00 EST on the Monday after fall back", () => {
      expect(nextAfter(s, "2026-10-30T22:00:00.000Z")).toBe(
        "2026-11-02T14:00:00.000Z"
      )
    })

    it("closes intervals spanning either switch at the right instant", () => {
      const night = schedule("America/New_York", {
        sat: [{ from: "22:00", to: "06:00" }],
      })
      expect(nextAfter(night, "2026-03-08T00:00:00.000Z")).toBe(
        "2026-03-08T03:00:00.000Z"
      )
      expect(nextAfter(night, "2026-03-08T04:00:00.000Z")).toBe(
        "2026-03-08T10:00:00.000Z"
      )
      expect(nextAfter(night, "2026-11-01T00:00:00.000Z")).toBe(
        "2026-11-01T02:00:00.000Z"
      )
      expect(nextAfter(night, "2026-11-01T03:00:00.000Z")).toBe(
        "2026-11-01T11:00:00.000Z"
      )
    })

    it("counts a Friday evening as Friday even when UTC is already Saturday", () => {
      const evening = schedule("America/New_York", {
        fri: [{ from: "18:00", to: "22:00" }],
      })
      expect(openAt(evening, "2026-03-07T01:00:00.000Z")).toBe(true)
    })
  })

  describe("DST in Australia/Sydney", () => {
    // 2026-04-05: 03:00 AEDT (+11:00) falls back to 02:00 AEST (+10:00).
    // 2026-10-04: 02:00 AEST jumps to 03:00 AEDT.
    const s = schedule("Australia/Sydney", WORKING_WEEK)

    it("opens at 09:00 AEST on the Monday after DST ends", () => {
      expect(nextAfter(s, "2026-04-03T01:00:00.000Z")).toBe(
        "2026-04-03T06:00:00.000Z"
      )
      expect(nextAfter(s, "2026-04-03T07:00:00.000Z")).toBe(
        "2026-04-05T23:00:00.000Z"
      )
    })

    it("opens at 09:00 AEDT on the Monday after DST starts", () => {
      expect(nextAfter(s, "2026-10-02T08:00:00.000Z")).toBe(
        "2026-10-04T22:00:00.000Z"
      )
      expect(openAt(s, "2026-10-04T22:00:00.000Z")).toBe(true)
      expect(openAt(s, "2026-10-04T21:59:59.000Z")).toBe(false)
    })
  })

  describe("schedules that never change", () => {
    it("is closed with no next change when there are no intervals", () => {
      const s = schedule("Europe/Warsaw", {})
      expect(openAt(s, "2026-06-03T10:00:00.000Z")).toBe(false)
      expect(nextAfter(s, "2026-06-03T10:00:00.000Z")).toBeNull()
      expect(getOpeningState(s, new Date("2026-06-03T10:00:00.000Z"))).toEqual({
        is_open: false,
        next_change_at: null,
      })
    })

    it("ignores intervals whose `from` equals `to` or that do not parse", () => {
      const s = schedule("UTC", {
        wed: [
          { from: "09:00", to: "09:00" },
          { from: "24:00", to: "10:00" },
          { from: "9:00", to: "17:00" },
        ],
      })
      expect(openAt(s, "2026-06-03T09:30:00.000Z")).toBe(false)
      expect(nextAfter(s, "2026-06-03T08:00:00.000Z")).toBeNull()
    })

    it("is open with no next change when open around the clock", () => {
      const s = schedule("Europe/Warsaw", ALWAYS)
      expect(openAt(s, "2026-03-29T01:30:00.000Z")).toBe(true)
      expect(nextAfter(s, "2026-03-29T01:30:00.000Z")).toBeNull()
      expect(getOpeningState(s, new Date("2026-10-25T01:30:00.000Z"))).toEqual({
        is_open: true,
        next_change_at: null,
      })
    })

    it("is open around the clock when day and night intervals chain every day", () => {
      const shifts: OpeningInterval[] = [
        { from: "09:00", to: "18:00" },
        { from: "18:00", to: "09:00" },
      ]
      const s = schedule("America/New_York", {
        mon: shifts,
        tue: shifts,
        wed: shifts,
        thu: shifts,
        fri: shifts,
        sat: shifts,
        sun: shifts,
      })
      expect(openAt(s, "2026-11-01T06:30:00.000Z")).toBe(true)
      expect(nextAfter(s, "2026-06-03T12:00:00.000Z")).toBeNull()
    })

    it("still finds a one-minute daily gap between chained overnight intervals", () => {
      const overnight: OpeningInterval[] = [{ from: "12:00", to: "11:59" }]
      const s = schedule("UTC", {
        mon: overnight,
        tue: overnight,
        wed: overnight,
        thu: overnight,
        fri: overnight,
        sat: overnight,
        sun: overnight,
      })
      expect(openAt(s, "2026-06-03T11:59:30.000Z")).toBe(false)
      expect(nextAfter(s, "2026-06-03T06:00:00.000Z")).toBe(
        "2026-06-03T11:59:00.000Z"
      )
      expect(nextAfter(s, "2026-06-03T11:59:00.000Z")).toBe(
        "2026-06-03T12:00:00.000Z"
      )
    })
  })

  describe("validators", () => {
    it("accepts IANA time zones the runtime knows", () => {
      expect(isValidTimeZone("UTC")).toBe(true)
      expect(isValidTimeZone("Europe/Warsaw")).toBe(true)
      expect(isValidTimeZone("America/New_York")).toBe(true)
      expect(isValidTimeZone("Australia/Sydney")).toBe(true)
    })

    it("rejects empty and unknown time zones", () => {
      expect(isValidTimeZone("")).toBe(false)
      expect(isValidTimeZone("   ")).toBe(false)
      expect(isValidTimeZone("Mars/Olympus")).toBe(false)
      expect(isValidTimeZone("Europe/Warsaw ")).toBe(false)
      expect(isValidTimeZone("not a zone")).toBe(false)
    })

    it("parses valid times to minutes since midnight", () => {
      expect(parseTime("00:00")).toBe(0)
      expect(parseTime("09:30")).toBe(570)
      expect(parseTime("23:59")).toBe(1439)
    })

    it("accepts 24:00 only when allowed", () => {
      expect(parseTime("24:00")).toBeNull()
      expect(parseTime("24:00", { allow24: true })).toBe(1440)
      expect(parseTime("24:01", { allow24: true })).toBeNull()
    })

    it("rejects malformed times", () => {
      expect(parseTime("25:00")).toBeNull()
      expect(parseTime("9:00")).toBeNull()
      expect(parseTime("12:60")).toBeNull()
      expect(parseTime("aa:bb")).toBeNull()
      expect(parseTime("")).toBeNull()
      expect(parseTime("09:00:00")).toBeNull()
      expect(parseTime(" 09:00")).toBeNull()
    })

    it("accepts real calendar dates, including leap days", () => {
      expect(isValidDate("2026-02-28")).toBe(true)
      expect(isValidDate("2026-12-31")).toBe(true)
      expect(isValidDate("2028-02-29")).toBe(true)
      expect(isValidDate("2000-02-29")).toBe(true)
    })

    it("rejects dates that do not exist or are malformed", () => {
      expect(isValidDate("2026-02-30")).toBe(false)
      expect(isValidDate("2026-02-29")).toBe(false)
      expect(isValidDate("1900-02-29")).toBe(false)
      expect(isValidDate("2026-04-31")).toBe(false)
      expect(isValidDate("2026-13-01")).toBe(false)
      expect(isValidDate("2026-00-10")).toBe(false)
      expect(isValidDate("2026-04-00")).toBe(false)
      expect(isValidDate("2026-4-01")).toBe(false)
      expect(isValidDate("26-04-01")).toBe(false)
      expect(isValidDate("2026-04-01T00:00")).toBe(false)
      expect(isValidDate("")).toBe(false)
    })
  })
})
