export const WEEKDAYS = [
  "mon",
  "tue",
  "wed",
  "thu",
  "fri",
  "sat",
  "sun",
] as const
export type Weekday = (typeof WEEKDAYS)[number]

/**
 * One opening interval in the channel's local wall-clock time, "HH:MM".
 * A `to` earlier than `from` runs past midnight into the next day;
 * `to` may be "24:00" to mean the end of the day.
 */
export type OpeningInterval = { from: string; to: string }

export type OpeningHours = Record<Weekday, OpeningInterval[]>

export const CHANNEL_ALIGNMENTS = ["left", "right"] as const
export type ChannelAlignment = (typeof CHANNEL_ALIGNMENTS)[number]

export const PATH_LIST_TYPES = ["whitelist", "blacklist"] as const
export type PathListType = (typeof PATH_LIST_TYPES)[number]

export const AFTER_HOURS_BEHAVIORS = ["display_message", "hide_widget"] as const
export type AfterHoursBehavior = (typeof AFTER_HOURS_BEHAVIORS)[number]

export const CHANNEL_LOCALES = ["en", "pl"] as const
export type ChannelLocale = (typeof CHANNEL_LOCALES)[number]

/** What the opening-hours engine needs to know about a channel. */
export type ChannelSchedule = {
  timezone: string
  opening_hours: OpeningHours
  /** Whole local dates ("YYYY-MM-DD") on which the channel stays closed. */
  holidays: string[]
}

export const DEFAULT_OPENING_HOURS: OpeningHours = {
  mon: [{ from: "09:00", to: "17:00" }],
  tue: [{ from: "09:00", to: "17:00" }],
  wed: [{ from: "09:00", to: "17:00" }],
  thu: [{ from: "09:00", to: "17:00" }],
  fri: [{ from: "09:00", to: "17:00" }],
  sat: [],
  sun: [],
}
