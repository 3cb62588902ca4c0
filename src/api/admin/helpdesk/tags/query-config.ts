export const defaultAdminTagFields = [
  "id",
  "name",
  "color",
  "created_at",
  "updated_at",
]

// Only the tag's own columns: its `tickets` relation would bypass the ticket access rule.
export const allowedAdminTagFields = [...defaultAdminTagFields]

export const retrieveTagTransformQueryConfig = {
  defaults: defaultAdminTagFields,
  allowed: allowedAdminTagFields,
  isList: false,
}

export const listTagTransformQueryConfig = {
  ...retrieveTagTransformQueryConfig,
  defaultLimit: 50,
  isList: true,
}
