export const defaultAdminInboxFields = [
  "id",
  "name",
  "created_at",
  "updated_at",
  // the channels routing new tickets here, so the settings list can count them
  "channels.id",
  "channels.name",
]

// No `tickets`: that relation would bypass the ticket access rule.
export const allowedAdminInboxFields = [
  "id",
  "name",
  "created_at",
  "updated_at",
  "channels",
  "channels.id",
  "channels.name",
  "channels.enabled",
]

export const retrieveInboxTransformQueryConfig = {
  defaults: defaultAdminInboxFields,
  allowed: allowedAdminInboxFields,
  isList: false,
}

export const listInboxTransformQueryConfig = {
  ...retrieveInboxTransformQueryConfig,
  defaultLimit: 50,
  isList: true,
}
