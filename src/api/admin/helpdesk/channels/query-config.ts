export const defaultAdminChannelFields = [
  "id",
  "name",
  "welcome_message",
  "alignment",
  "vertical_offset",
  "path_list_type",
  "paths",
  "store_url",
  "timezone",
  "opening_hours",
  "holidays",
  "after_hours_behavior",
  "after_hours_message",
  "locale",
  "color",
  "enabled",
  "email_replies",
  "email_reply_delay_minutes",
  "inbox_id",
  "created_at",
  "updated_at",
  "agents.user_id",
]

// The channel's own columns and its agents and inbox: its `tickets` relation would bypass
// the ticket access rule.
export const allowedAdminChannelFields = [
  ...defaultAdminChannelFields.filter((f) => !f.includes(".")),
  "agents",
  "agents.id",
  "agents.user_id",
  "inbox",
  "inbox.id",
  "inbox.name",
]

export const retrieveChannelTransformQueryConfig = {
  defaults: defaultAdminChannelFields,
  allowed: allowedAdminChannelFields,
  isList: false,
}

export const listChannelTransformQueryConfig = {
  ...retrieveChannelTransformQueryConfig,
  defaultLimit: 50,
  isList: true,
}
