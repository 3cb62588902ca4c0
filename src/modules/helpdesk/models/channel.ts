import { model } from "@medusajs/framework/utils"
import {
  AFTER_HOURS_BEHAVIORS,
  CHANNEL_ALIGNMENTS,
  CHANNEL_LOCALES,
  DEFAULT_OPENING_HOURS,
  PATH_LIST_TYPES,
} from "../../../types/channel"
import { ChannelAgent } from "./channel-agent"
import { Inbox } from "./inbox"
import { Ticket } from "./ticket"

/** A live-chat channel: one embeddable widget on one store. */
export const Channel = model
  .define("helpdesk_channel", {
    id: model.id({ prefix: "hdch" }).primaryKey(),
    name: model.text().searchable(),
    welcome_message: model.text().nullable(),
    alignment: model.enum([...CHANNEL_ALIGNMENTS]).default("right"),
    // distance of the bubble from the bottom edge of the page, in px
    vertical_offset: model.number().default(25),
    // whitelist: show only on `paths`; blacklist: show everywhere except `paths`
    path_list_type: model.enum([...PATH_LIST_TYPES]).default("blacklist"),
    // page paths, `*` matches any run of characters
    paths: model.array().default([]),
    // the store's origin; also the only origin the widget API accepts
    store_url: model.text(),
    // IANA zone in which opening_hours and holidays are read
    timezone: model.text().default("UTC"),
    // { mon: [{ from: "09:00", to: "17:00" }], …, sun: [] }; to < from runs past midnight
    opening_hours: model.json().default(DEFAULT_OPENING_HOURS),
    // local dates ("YYYY-MM-DD") on which the channel stays closed
    holidays: model.array().default([]),
    after_hours_behavior: model
      .enum([...AFTER_HOURS_BEHAVIORS])
      .default("display_message"),
    after_hours_message: model.text().nullable(),
    locale: model.enum([...CHANNEL_LOCALES]).default("en"),
    color: model.text().default("#1f6feb"),
    enabled: model.boolean().default(true),
    // replies the shopper has not received in the widget go out by e-mail after a quiet period
    email_replies: model.boolean().default(true),
    // the quiet period: how long a reply may wait unseen before it is e-mailed (≥ 1)
    email_reply_delay_minutes: model.number().default(3),
    inbox: model.belongsTo(() => Inbox, { mappedBy: "channels" }).nullable(),
    agents: model.hasMany(() => ChannelAgent, { mappedBy: "channel" }),
    tickets: model.hasMany(() => Ticket, { mappedBy: "channel" }),
  })
  .cascades({ delete: ["agents"] })
