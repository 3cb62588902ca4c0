import { WEEKDAYS } from "../../types/channel"
import type {
  AdminCreateHelpdeskChannel,
  AdminHelpdeskChannel,
  AfterHoursBehavior,
  ChannelAlignment,
  ChannelLocale,
  OpeningHours,
  PathListType,
  Weekday,
} from "./types"

export type ListRow = { key: string; value: string }
export type IntervalRow = { key: string; from: string; to: string }

/** What the channel form edits. Lists carry keys so rows keep their identity. */
export type ChannelFormValues = {
  name: string
  store_url: string
  welcome_message: string
  alignment: ChannelAlignment
  vertical_offset: string
  locale: ChannelLocale
  color: string
  enabled: boolean
  path_list_type: PathListType
  paths: ListRow[]
  opening_hours: Record<Weekday, IntervalRow[]>
  holidays: ListRow[]
  timezone: string
  after_hours_behavior: AfterHoursBehavior
  after_hours_message: string
  agent_ids: string[]
  email_replies: boolean
  email_reply_delay_minutes: string
}

/**
 * Errors by field. Section keys are field names ("paths"); row keys are
 * `<field>.<row key>` so a message sits next to the row it is about.
 */
export type ChannelFormErrors = Partial<Record<string, string>>

export const WEEKDAY_LABELS: Record<Weekday, string> = {
  mon: "Monday",
  tue: "Tuesday",
  wed: "Wednesday",
  thu: "Thursday",
  fri: "Friday",
  sat: "Saturday",
  sun: "Sunday",
}

export const WEEKDAY_SHORT_LABELS: Record<Weekday, string> = {
  mon: "Mon",
  tue: "Tue",
  wed: "Wed",
  thu: "Thu",
  fri: "Fri",
  sat: "Sat",
  sun: "Sun",
}

export const LOCALE_LABELS: Record<ChannelLocale, string> = {
  en: "English",
  pl: "Polish",
}

export const DEFAULT_COLOR = "#1f6feb"
export const DEFAULT_VERTICAL_OFFSET = 25
export const DEFAULT_EMAIL_REPLY_DELAY_MINUTES = 3

let rowCounter = 0

export const newRowKey = () => {
  rowCounter += 1
  return `row-${rowCounter}`
}

export const listRow = (value = ""): ListRow => ({ key: newRowKey(), value })

export const intervalRow = (from = "09:00", to = "17:00"): IntervalRow => ({
  key: newRowKey(),
  from,
  to,
})

export const browserTimeZone = () => {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC"
  } catch {
    return "UTC"
  }
}

const WEEKDAY_DEFAULT_HOURS: OpeningHours = {
  mon: [{ from: "09:00", to: "17:00" }],
  tue: [{ from: "09:00", to: "17:00" }],
  wed: [{ from: "09:00", to: "17:00" }],
  thu: [{ from: "09:00", to: "17:00" }],
  fri: [{ from: "09:00", to: "17:00" }],
  sat: [],
  sun: [],
}

// A time input cannot hold "24:00"; "00:00" as an interval's end means the
// same thing (the next midnight), so the form shows that instead.
const toTimeInput = (value: string) => (value === "24:00" ? "00:00" : value)

const toIntervalRows = (
  hours: Partial<OpeningHours> | null | undefined
): Record<Weekday, IntervalRow[]> => {
  const rows = {} as Record<Weekday, IntervalRow[]>
  for (const day of WEEKDAYS) {
    rows[day] = (hours?.[day] ?? []).map((interval) =>
      intervalRow(interval.from, toTimeInput(interval.to))
    )
  }
  return rows
}

export const emptyChannelFormValues = (): ChannelFormValues => ({
  name: "",
  store_url: "",
  welcome_message: "",
  alignment: "right",
  vertical_offset: String(DEFAULT_VERTICAL_OFFSET),
  locale: "en",
  color: DEFAULT_COLOR,
  enabled: true,
  path_list_type: "blacklist",
  paths: [],
  opening_hours: toIntervalRows(WEEKDAY_DEFAULT_HOURS),
  holidays: [],
  timezone: browserTimeZone(),
  after_hours_behavior: "display_message",
  after_hours_message: "",
  agent_ids: [],
  email_replies: true,
  email_reply_delay_minutes: String(DEFAULT_EMAIL_REPLY_DELAY_MINUTES),
})

export const channelToFormValues = (
  channel: AdminHelpdeskChannel
): ChannelFormValues => ({
  name: channel.name ?? "",
  store_url: channel.store_url ?? "",
  welcome_message: channel.welcome_message ?? "",
  alignment: channel.alignment ?? "right",
  vertical_offset: String(channel.vertical_offset ?? DEFAULT_VERTICAL_OFFSET),
  locale: channel.locale ?? "en",
  color: channel.color || DEFAULT_COLOR,
  enabled: channel.enabled ?? true,
  path_list_type: channel.path_list_type ?? "blacklist",
  paths: (channel.paths ?? []).map((path) => listRow(path)),
  opening_hours: toIntervalRows(channel.opening_hours),
  holidays: (channel.holidays ?? []).map((date) => listRow(date)),
  timezone: channel.timezone || "UTC",
  after_hours_behavior: channel.after_hours_behavior ?? "display_message",
  after_hours_message: channel.after_hours_message ?? "",
  agent_ids: channel.agent_ids ?? [],
  email_replies: channel.email_replies ?? true,
  email_reply_delay_minutes: String(
    channel.email_reply_delay_minutes ?? DEFAULT_EMAIL_REPLY_DELAY_MINUTES
  ),
})

/** The rows that were sent, in order, so a server error can point at one. */
export type SubmittedRows = {
  paths: string[]
  holidays: string[]
  opening_hours: Record<Weekday, string[]>
}

export const formValuesToPayload = (
  values: ChannelFormValues
): { body: AdminCreateHelpdeskChannel; rows: SubmittedRows } => {
  // Blank rows are what "Add" leaves behind when nothing was typed.
  const paths = values.paths.filter((row) => row.value.trim() !== "")
  const holidays = values.holidays.filter((row) => row.value !== "")

  const opening_hours = {} as OpeningHours
  const intervalKeys = {} as Record<Weekday, string[]>
  for (const day of WEEKDAYS) {
    opening_hours[day] = values.opening_hours[day].map(({ from, to }) => ({
      from,
      to,
    }))
    intervalKeys[day] = values.opening_hours[day].map((row) => row.key)
  }

  const welcome = values.welcome_message.trim()
  const afterHours = values.after_hours_message.trim()

  return {
    body: {
      name: values.name.trim(),
      store_url: values.store_url.trim(),
      welcome_message: welcome === "" ? null : values.welcome_message,
      alignment: values.alignment,
      vertical_offset: Number(values.vertical_offset),
      locale: values.locale,
      color: values.color.toLowerCase(),
      enabled: values.enabled,
      path_list_type: values.path_list_type,
      paths: paths.map((row) => row.value.trim()),
      opening_hours,
      holidays: holidays.map((row) => row.value),
      timezone: values.timezone,
      after_hours_behavior: values.after_hours_behavior,
      after_hours_message:
        afterHours === "" ? null : values.after_hours_message,
      agent_ids: values.agent_ids,
      email_replies: values.email_replies,
      email_reply_delay_minutes: Number(values.email_reply_delay_minutes),
    },
    rows: {
      paths: paths.map((row) => row.key),
      holidays: holidays.map((row) => row.key),
      opening_hours: intervalKeys,
    },
  }
}

const HEX_COLOR = /^#[0-9a-f]{6}$/i

/**
 * Checks what the browser can know without asking the server: required
 * fields and values the inputs themselves cannot constrain. The server
 * stays the judge of everything else.
 */
export const validateChannelForm = (
  values: ChannelFormValues
): ChannelFormErrors => {
  const errors: ChannelFormErrors = {}

  if (values.name.trim() === "") {
    errors.name = "Give the channel a name."
  }

  const storeUrl = values.store_url.trim()
  if (storeUrl === "") {
    errors.store_url = "Enter the address of your store."
  } else {
    let protocol: string | null = null
    try {
      protocol = new URL(storeUrl).protocol
    } catch {
      protocol = null
    }
    if (protocol !== "http:" && protocol !== "https:") {
      errors.store_url =
        "Enter a full address starting with https:// or http://, for example https://shop.example.com."
    }
  }

  const offset = values.vertical_offset.trim()
  if (offset === "" || !/^\d+$/.test(offset)) {
    errors.vertical_offset = "Enter a whole number of pixels, 0 or more."
  }

  const delay = values.email_reply_delay_minutes.trim()
  if (!/^\d+$/.test(delay) || Number(delay) < 1 || Number(delay) > 1440) {
    errors.email_reply_delay_minutes =
      "Enter a whole number of minutes from 1 to 1440 (a day)."
  }

  if (!HEX_COLOR.test(values.color)) {
    errors.color = "Enter a colour as # followed by six hex digits."
  }

  for (const day of WEEKDAYS) {
    for (const row of values.opening_hours[day]) {
      if (row.from === "" || row.to === "") {
        errors[`opening_hours.${row.key}`] =
          "Enter both an opening and a closing time."
      } else if (row.from === row.to) {
        errors[`opening_hours.${row.key}`] =
          "Opening and closing times are the same; change one of them."
      }
    }
  }

  if (values.timezone === "") {
    errors.timezone = "Choose the time zone your opening hours are in."
  }

  return errors
}

type FieldMatcher = { pattern: RegExp; field: string }

// Most specific first: the first pattern found in a message names the field.
const FIELD_MATCHERS: FieldMatcher[] = [
  {
    pattern: /email_reply_delay_minutes|e-mail delay|quiet period/,
    field: "email_reply_delay_minutes",
  },
  { pattern: /email_replies/, field: "email_replies" },
  {
    pattern: /after_hours_message|after[- ]hours message/,
    field: "after_hours_message",
  },
  {
    pattern: /after_hours_behaviou?r|after[- ]hours behaviou?r/,
    field: "after_hours_behavior",
  },
  { pattern: /welcome_message|welcome message/, field: "welcome_message" },
  {
    pattern: /vertical_offset|vertical offset|\boffset\b/,
    field: "vertical_offset",
  },
  { pattern: /path_list_type|list type/, field: "path_list_type" },
  { pattern: /store_url|store url|\burl\b|\borigin\b/, field: "store_url" },
  {
    pattern: /opening_hours|opening hours|\binterval|\bhours\b/,
    field: "opening_hours",
  },
  { pattern: /\bholidays?\b/, field: "holidays" },
  { pattern: /\bpaths?\b/, field: "paths" },
  { pattern: /agent_ids|\bagents?\b|\busers?\b/, field: "agent_ids" },
  { pattern: /\btime ?zone\b/, field: "timezone" },
  { pattern: /\blocale\b|\blanguage\b/, field: "locale" },
  { pattern: /\bcolou?r\b/, field: "color" },
  { pattern: /\balignment\b/, field: "alignment" },
  { pattern: /\bname\b/, field: "name" },
]

const rowIndexAfter = (message: string, field: string) => {
  const match = new RegExp(`\\b${field}\\b['"]?\\s*[,.\\[]\\s*(\\d+)`).exec(
    message
  )
  return match ? Number(match[1]) : null
}

const messageToFormErrors = (
  message: string,
  rows: SubmittedRows
): ChannelFormErrors => {
  // Where the field is named, most reliable first: Medusa's "field 'x'",
  // the sentence's first word, then anywhere (which may be a quoted value).
  const whole = message.toLowerCase()
  const candidates = [
    /field '([^']+)'/.exec(whole)?.[1],
    whole.split(/\s/)[0],
    whole,
  ].filter((text): text is string => !!text)

  let lower = whole
  let matcher: FieldMatcher | undefined
  for (const candidate of candidates) {
    matcher = FIELD_MATCHERS.find(({ pattern }) => pattern.test(candidate))
    if (matcher) {
      lower = candidate
      break
    }
  }
  if (!matcher) {
    return {}
  }

  if (matcher.field === "paths" || matcher.field === "holidays") {
    const index = rowIndexAfter(lower, matcher.field)
    const key = index === null ? undefined : rows[matcher.field][index]
    if (key) {
      return { [`${matcher.field}.${key}`]: message }
    }
  }

  if (matcher.field === "opening_hours") {
    const day = WEEKDAYS.find((weekday) =>
      new RegExp(`\\b${weekday}\\b`).test(lower)
    )
    if (day) {
      const index = rowIndexAfter(lower, day) ?? 0
      const key = rows.opening_hours[day][index]
      if (key) {
        return { [`opening_hours.${key}`]: message }
      }
    }
  }

  return { [matcher.field]: message }
}

/**
 * Places a server validation message next to the field it names. The admin
 * API answers 400 with a sentence naming the field ("paths[0] must start
 * with …"); a row is found by the index the sentence carries. Medusa's
 * "Invalid request:" prefix says nothing to a merchant and is left out.
 */
export const serverErrorToFormErrors = (
  message: string,
  rows: SubmittedRows
): ChannelFormErrors =>
  messageToFormErrors(message.replace(/^invalid request:\s*/i, ""), rows)

export const formatIntervals = (intervals: { from: string; to: string }[]) =>
  intervals.map(({ from, to }) => `${from}–${to}`).join(", ")

/**
 * A week's hours in a line, with runs of days that share hours merged:
 * "Mon–Fri 09:00–17:00; Sat 10:00–12:00, 13:00–14:00".
 */
export const summarizeOpeningHours = (
  hours: Partial<OpeningHours> | null | undefined
): string => {
  const groups: { first: Weekday; last: Weekday; hours: string }[] = []

  for (const day of WEEKDAYS) {
    const text = formatIntervals(hours?.[day] ?? [])
    const previous = groups[groups.length - 1]
    if (previous && previous.hours === text) {
      previous.last = day
    } else {
      groups.push({ first: day, last: day, hours: text })
    }
  }

  const open = groups.filter((group) => group.hours !== "")
  if (open.length === 0) {
    return "Closed all week"
  }

  return open
    .map((group) => {
      const days =
        group.first === group.last
          ? WEEKDAY_SHORT_LABELS[group.first]
          : `${WEEKDAY_SHORT_LABELS[group.first]}–${WEEKDAY_SHORT_LABELS[group.last]}`
      return `${days} ${group.hours}`
    })
    .join("; ")
}

const minutesOf = (value: string) => {
  if (value === "24:00") {
    return 1440
  }
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value)
  return match ? Number(match[1]) * 60 + Number(match[2]) : null
}

const dateKey = (utcMs: number) => new Date(utcMs).toISOString().slice(0, 10)

/**
 * Whether the channel is open right now, read on the wall clock of its time
 * zone, or null when the zone is unknown to this browser. The server decides
 * what shoppers see; this is only the hint shown in the list.
 */
export const isOpenAt = (
  channel: Pick<
    AdminHelpdeskChannel,
    "opening_hours" | "holidays" | "timezone"
  >,
  at: Date
): boolean | null => {
  let parts: Intl.DateTimeFormatPart[]
  try {
    parts = new Intl.DateTimeFormat("en-US", {
      timeZone: channel.timezone || "UTC",
      weekday: "short",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    }).formatToParts(at)
  } catch {
    return null
  }

  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? ""

  const today = part("weekday").toLowerCase() as Weekday
  const dayIndex = WEEKDAYS.indexOf(today)
  if (dayIndex === -1) {
    return null
  }
  const yesterday = WEEKDAYS[(dayIndex + 6) % 7]
  const todayUtc = Date.UTC(
    Number(part("year")),
    Number(part("month")) - 1,
    Number(part("day"))
  )
  const holidays = new Set(channel.holidays ?? [])
  const now = Number(part("hour")) * 60 + Number(part("minute"))
  const hours = channel.opening_hours ?? {}

  if (!holidays.has(dateKey(todayUtc))) {
    for (const { from, to } of hours[today] ?? []) {
      const start = minutesOf(from)
      const end = minutesOf(to)
      if (start === null || end === null || start === end) {
        continue
      }
      if (now >= start && (end > start ? now < end : true)) {
        return true
      }
    }
  }

  if (!holidays.has(dateKey(todayUtc - 86_400_000))) {
    for (const { from, to } of hours[yesterday] ?? []) {
      const start = minutesOf(from)
      const end = minutesOf(to)
      if (start === null || end === null || start === end) {
        continue
      }
      if (end < start && now < end) {
        return true
      }
    }
  }

  return false
}

/** IANA zones this browser knows, grouped by region, always including UTC. */
export const timeZoneGroups = (
  current?: string
): { region: string; zones: string[] }[] => {
  let zones: string[] = []
  try {
    zones = Intl.supportedValuesOf("timeZone")
  } catch {
    zones = []
  }

  const all = new Set(zones)
  all.delete("UTC")
  if (current && current !== "UTC") {
    all.add(current)
  }

  const byRegion = new Map<string, string[]>()
  for (const zone of [...all].sort()) {
    const region = zone.includes("/") ? zone.split("/")[0] : "Other"
    const list = byRegion.get(region) ?? []
    list.push(zone)
    byRegion.set(region, list)
  }

  return [
    { region: "Universal", zones: ["UTC"] },
    ...[...byRegion.entries()].map(([region, list]) => ({
      region,
      zones: list,
    })),
  ]
}

export const userDisplayName = (user: {
  email: string
  first_name?: string | null
  last_name?: string | null
}) => {
  const name = [user.first_name, user.last_name]
    .filter((part) => part && part.trim() !== "")
    .join(" ")
  return name || user.email
}
