import type {
  AfterHoursBehavior,
  ChannelAlignment,
  ChannelLocale,
  OpeningHours,
  PathListType,
} from "../../types/channel"

export type {
  AfterHoursBehavior,
  ChannelAlignment,
  ChannelLocale,
  OpeningHours,
  OpeningInterval,
  PathListType,
  Weekday,
} from "../../types/channel"

/** The editable fields of a chat channel, as the admin API takes them. */
export type AdminHelpdeskChannelFields = {
  name: string
  welcome_message: string | null
  alignment: ChannelAlignment
  vertical_offset: number
  path_list_type: PathListType
  paths: string[]
  store_url: string
  agent_ids: string[]
  opening_hours: OpeningHours
  holidays: string[]
  timezone: string
  after_hours_behavior: AfterHoursBehavior
  after_hours_message: string | null
  locale: ChannelLocale
  color: string
  enabled: boolean
  /** replies the shopper has not seen in the chat go out by e-mail */
  email_replies: boolean
  /** minutes a reply waits unseen before it is e-mailed (1–1440) */
  email_reply_delay_minutes: number
}

export type AdminHelpdeskChannel = AdminHelpdeskChannelFields & {
  id: string
  inbox_id: string | null
  created_at: string
  updated_at: string
}

export type AdminCreateHelpdeskChannel = Pick<
  AdminHelpdeskChannelFields,
  "name" | "store_url"
> &
  Partial<AdminHelpdeskChannelFields>

export type AdminUpdateHelpdeskChannel = Partial<AdminHelpdeskChannelFields>

export type AdminHelpdeskChannelListParams = {
  q?: string
  limit?: number
  offset?: number
  order?: string
}

export type AdminHelpdeskChannelResponse = {
  channel: AdminHelpdeskChannel
}

export type AdminHelpdeskChannelListResponse = {
  channels: AdminHelpdeskChannel[]
  count: number
  offset: number
  limit: number
}

export type AdminHelpdeskChannelDeleteResponse = {
  id: string
  object: "channel"
  deleted: boolean
}

export type AdminHelpdeskChannelEmbedCodeResponse = {
  embed_code: string
}
