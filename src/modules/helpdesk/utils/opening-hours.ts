/**
 * Opening-hours engine: decides whether a channel is open at an instant and
 * when that next changes.
 *
 * Semantics, and why:
 * - Times are wall-clock times in `schedule.timezone`, because that is how
 *   the people staffing the channel think about their hours. Conversion uses
 *   only `Intl.DateTimeFormat`, so the runtime's time-zone data is the single
 *   source of truth and no dependency has to be kept up to date.
 * - An interval belongs to the weekday (local date) it starts on. A `to`
 *   earlier than `from` runs past midnight into the next day; `to` "24:00"
 *   (or "00:00") ends at the next midnight. `from` equal to `to` is invalid
 *   and opens nothing, as does any interval that does not parse.
 * - A holiday closes every interval *starting* on that local date. An
 *   overnight interval that started the day before still runs into the
 *   holiday morning, since staff already on shift finish it.
 * - Every interval occurrence is turned into a real [start, end) range of
 *   instants, and "open" means inside at least one range. Because of that,
 *   adjacent or overlapping intervals merge, and `nextChange` reports only
 *   real flips, never a boundary where one interval hands over to the next.
 * - Local times that do not exist (spring-forward gap) resolve to the first
 *   instant after the gap, so an interval starting inside the gap opens when
 *   the clocks jump. Ambiguous local times (fall-back) resolve to their first
 *   occurrence, the reading people use for "the first 02:30". Durations then
 *   follow the wall clock: 22:00–06:00 on a fall-back night lasts 9 hours.
 * - The engine assumes a zone never changes its UTC offset twice within
 *   three days, which holds for all real-world zones in the tz database.
 */
import type {
  ChannelSchedule,
  OpeningInterval,
  Weekday,
} from "../../../types/channel"

const MINUTE_MS = 60_000
const DAY_MS = 86_400_000
const MINUTES_PER_DAY = 1440

/** How far ahead `nextChange` looks before concluding nothing ever changes. */
export const NEXT_CHANGE_HORIZON_DAYS = 400

// Day numbers count days since 1970-01-01, which was a Thursday.
const WEEKDAY_BY_INDEX: readonly Weekday[] = [
  "mon",
  "tue",
  "wed",
  "thu",
  "fri",
  "sat",
  "sun",
]

export type OpeningState = {
  is_open: boolean
  next_change_at: string | null
}

export type ParseTimeOptions = {
  /** Accept "24:00" (end of day). Only meaningful for an interval's `to`. */
  allow24?: boolean
}

const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/

/** Minutes since midnight for "HH:MM", or null when the string is not valid. */
export function parseTime(
  value: string,
  options: ParseTimeOptions = {}
): number | null {
  if (options.allow24 && value === "24:00") {
    return MINUTES_PER_DAY
  }
  const match = TIME_PATTERN.exec(value)
  if (!match) {
    return null
  }
  return Number(match[1]) * 60 + Number(match[2])
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    return isLeapYear(year) ? 29 : 28
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

/** Day number of a proleptic Gregorian date, without `Date`'s two-digit-year quirks. */
function dayNumberFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yearOfEra = y - era * 400
  const monthFromMarch = month > 2 ? month - 3 : month + 9
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1
  const dayOfEra =
    yearOfEra * 365 +
    Math.floor(yearOfEra / 4) -
    Math.floor(yearOfEra / 100) +
    dayOfYear
  return era * 146_097 + dayOfEra - 719_468
}

function parseDate(value: string): number | null {
  const match = DATE_PATTERN.exec(value)
  if (!match) {
    return null
  }
  const year = Number(match[1])
  const month = Number(match[2])
  const day = Number(match[3])
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return null
  }
  return dayNumberFromCivil(year, month, day)
}

/** True for a real calendar date written as "YYYY-MM-DD". */
export function isValidDate(value: string): boolean {
  return parseDate(value) !== null
}

type Zone = {
  formatter: Intl.DateTimeFormat
  /** UTC offset (ms) at 00:00 UTC of a day number; used to skip Intl calls. */
  probes: Map<number, number>
}

const MAX_CACHED_PROBES = 8192
const zones = new Map<string, Zone>()

/** Throws RangeError for a time zone the runtime does not know. */
function getZone(timeZone: string): Zone {
  let zone = zones.get(timeZone)
  if (!zone) {
    if (timeZone.trim() === "") {
      throw new RangeError("Invalid time zone specified: (empty)")
    }
    zone = {
      formatter: new Intl.DateTimeFormat("en-US", {
        timeZone,
        hourCycle: "h23",
        year: "numeric",
        month: "numeric",
        day: "numeric",
        hour: "numeric",
        minute: "numeric",
        second: "numeric",
      }),
      probes: new Map(),
    }
    zones.set(timeZone, zone)
  }
  return zone
}

/** True for an IANA time zone name the runtime knows, e.g. "Europe/Warsaw". */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    getZone(timeZone)
    return true
  } catch (error) {
    if (error instanceof RangeError) {
      return false
    }
    throw error
  }
}

/** UTC offset in ms at `instant`, asked of Intl directly. */
function offsetFromIntl(zone: Zone, instant: number): number {
  const fields: Record<string, number> = {}
  for (const part of zone.formatter.formatToParts(new Date(instant))) {
    if (part.type !== "literal") {
      fields[part.type] = Number(part.value)
    }
  }
  const wall =
    dayNumberFromCivil(fields.year, fields.month, fields.day) * DAY_MS +
    ((fields.hour % 24) * 3600 + fields.minute * 60 + fields.second) * 1000
  return wall - Math.floor(instant / 1000) * 1000
}

function probe(zone: Zone, dayNumber: number): number {
  let offset = zone.probes.get(dayNumber)
  if (offset === undefined) {
    if (zone.probes.size >= MAX_CACHED_PROBES) {
      zone.probes.clear()
    }
    offset = offsetFromIntl(zone, dayNumber * DAY_MS)
    zone.probes.set(dayNumber, offset)
  }
  return offset
}

function offsetAt(zone: Zone, instant: number): number {
  const dayNumber = Math.floor(instant / DAY_MS)
  const before = probe(zone, dayNumber)
  // Equal offsets a day apart mean no transition in between.
  return before === probe(zone, dayNumber + 1)
    ? before
    : offsetFromIntl(zone, instant)
}

/** Local wall-clock time of an instant, as ms on a UTC-like timeline. */
function toWall(zone: Zone, instant: number): number {
  return instant + offsetAt(zone, instant)
}

/**
 * The instant of a local wall-clock time: the first occurrence when the time
 * is ambiguous, the end of the gap when it does not exist.
 */
function toInstant(zone: Zone, wall: number): number {
  const dayNumber = Math.floor(wall / DAY_MS)
  // Every instant showing this wall time lies within these two probes.
  const before = probe(zone, dayNumber - 1)
  const after = probe(zone, dayNumber + 2)
  if (before === after) {
    return wall - before
  }
  const early = wall - before
  const late = wall - after
  const earlyValid = offsetFromIntl(zone, early) === before
  const lateValid = offsetFromIntl(zone, late) === after
  if (earlyValid && lateValid) {
    return Math.min(early, late)
  }
  if (earlyValid) {
    return early
  }
  if (lateValid) {
    return late
  }
  // In a gap the clocks jumped forward, so `late` precedes the transition and
  // `early` follows it; search for the transition to the second.
  let lo = Math.min(early, late)
  let hi = Math.max(early, late)
  while (hi - lo > 1000) {
    const mid = lo + Math.floor((hi - lo) / 2000) * 1000
    if (offsetFromIntl(zone, mid) === after) {
      hi = mid
    } else {
      lo = mid
    }
  }
  return hi
}

/** An interval in minutes from the start of its day; `to` may exceed 1440. */
type DayInterval = { from: number; to: number }

type CompiledSchedule = {
  zone: Zone
  week: DayInterval[][]
  holidays: Set<number>
}

function compileInterval(interval: OpeningInterval): DayInterval | null {
  const from = parseTime(interval.from)
  const to = parseTime(interval.to, { allow24: true })
  if (from === null || to === null || from === to) {
    return null
  }
  return { from, to: to < from ? to + MINUTES_PER_DAY : to }
}

function compile(schedule: ChannelSchedule): CompiledSchedule {
  const week = WEEKDAY_BY_INDEX.map((weekday) =>
    (schedule.opening_hours[weekday] ?? [])
      .map(compileInterval)
      .filter((interval): interval is DayInterval => interval !== null)
      .sort((a, b) => a.from - b.from)
  )
  const holidays = new Set<number>()
  for (const holiday of schedule.holidays ?? []) {
    const dayNumber = parseDate(holiday)
    if (dayNumber !== null) {
      holidays.add(dayNumber)
    }
  }
  return { zone: getZone(schedule.timezone), week, holidays }
}

function weekdayIndex(dayNumber: number): number {
  return (((dayNumber + 3) % 7) + 7) % 7
}

/** [start, end) instants of the intervals starting on a local day, by start. */
function occurrences(
  compiled: CompiledSchedule,
  dayNumber: number
): Array<[number, number]> {
  if (compiled.holidays.has(dayNumber)) {
    return []
  }
  const result: Array<[number, number]> = []
  const midnight = dayNumber * DAY_MS
  for (const interval of compiled.week[weekdayIndex(dayNumber)]) {
    const start = toInstant(compiled.zone, midnight + interval.from * MINUTE_MS)
    const end = toInstant(compiled.zone, midnight + interval.to * MINUTE_MS)
    // Both ends can fall into the same spring-forward gap.
    if (end > start) {
      result.push([start, end])
    }
  }
  return result
}

function isOpenAt(compiled: CompiledSchedule, instant: number): boolean {
  const today = Math.floor(toWall(compiled.zone, instant) / DAY_MS)
  // Intervals of earlier days end by the start of today, so only yesterday's
  // overnight intervals and today's can contain the instant.
  for (const dayNumber of [today - 1, today]) {
    for (const [start, end] of occurrences(compiled, dayNumber)) {
      if (start <= instant && instant < end) {
        return true
      }
    }
  }
  return false
}

function nextChangeAt(
  compiled: CompiledSchedule,
  instant: number
): number | null {
  const today = Math.floor(toWall(compiled.zone, instant) / DAY_MS)
  const lastDay = today + NEXT_CHANGE_HORIZON_DAYS
  // Occurrences come in order of start (days in order, each day sorted), so
  // a single pass merges them into runs of continuous opening.
  let runEnd: number | null = null
  for (let dayNumber = today - 1; dayNumber <= lastDay; dayNumber++) {
    for (const [start, end] of occurrences(compiled, dayNumber)) {
      if (runEnd !== null && start <= runEnd) {
        runEnd = Math.max(runEnd, end)
        continue
      }
      // A run that began after the instant was already returned, so a run
      // still ending after it must contain it.
      if (runEnd !== null && runEnd > instant) {
        return runEnd
      }
      if (start > instant) {
        return start
      }
      runEnd = end
    }
  }
  if (runEnd !== null && runEnd > instant) {
    // Days past the horizon could still extend a run reaching their start.
    const horizonEnd = toInstant(compiled.zone, (lastDay + 1) * DAY_MS)
    return runEnd < horizonEnd ? runEnd : null
  }
  return null
}

/** Whether the channel is open at `instant`. */
export function isOpen(schedule: ChannelSchedule, instant: Date): boolean {
  return isOpenAt(compile(schedule), instant.getTime())
}

/**
 * The first instant strictly after `instant` at which `isOpen` flips, or null
 * when it does not flip within `NEXT_CHANGE_HORIZON_DAYS` (no hours at all,
 * or open around the clock).
 */
export function nextChange(
  schedule: ChannelSchedule,
  instant: Date
): Date | null {
  const next = nextChangeAt(compile(schedule), instant.getTime())
  return next === null ? null : new Date(next)
}

/** Opening state as the widget sees it. */
export function getOpeningState(
  schedule: ChannelSchedule,
  instant: Date
): OpeningState {
  const compiled = compile(schedule)
  const time = instant.getTime()
  const next = nextChangeAt(compiled, time)
  return {
    is_open: isOpenAt(compiled, time),
    next_change_at: next === null ? null : new Date(next).toISOString(),
  }
}
