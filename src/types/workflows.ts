import type {
  AfterHoursBehavior,
  ChannelAlignment,
  ChannelLocale,
  OpeningHours,
  PathListType,
} from "./channel"

/** The fields of a chat channel as the admin API and the workflows take them. */
export type ChannelFields = {
  name: string
  store_url: string
  welcome_message?: string | null
  alignment?: ChannelAlignment
  vertical_offset?: number
  path_list_type?: PathListType
  paths?: string[]
  opening_hours?: OpeningHours
  holidays?: string[]
  timezone?: string
  after_hours_behavior?: AfterHoursBehavior
  after_hours_message?: string | null
  locale?: ChannelLocale
  color?: string
  enabled?: boolean
  /** Whether replies the shopper has not seen in the widget are e-mailed (default true). */
  email_replies?: boolean
  /** How long, in minutes (1–1440), a reply waits unseen before it is e-mailed (default 3). */
  email_reply_delay_minutes?: number
  /** The inbox new tickets go to. When omitted on create, an inbox named after the channel is made. */
  inbox_id?: string | null
}

export type CreateChannelInput = ChannelFields & {
  /** Medusa users who may work the channel; none means every admin user. */
  agent_ids?: string[]
}

export type UpdateChannelInput = Partial<ChannelFields> & {
  id: string
  agent_ids?: string[]
}
