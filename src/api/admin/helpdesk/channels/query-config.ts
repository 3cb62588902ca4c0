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
  "inbox_id",
  "created_at",
  "updated_at",
  "agents.user_id",
]

export const retrieveChannelTransformQueryConfig = {
  defaults: defaultAdminChannelFields,
  isList: false,
}

export const listChannelTransformQueryConfig = {
  ...retrieveChannelTransformQueryConfig,
  defaultLimit: 50,
  isList: true,
}
