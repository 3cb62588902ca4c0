export const defaultAdminTeamFields = [
  "id",
  "name",
  "created_at",
  "updated_at",
  "members.id",
  "members.user_id",
]

// No `tickets`: that relation would bypass the ticket access rule.
export const allowedAdminTeamFields = [
  "id",
  "name",
  "created_at",
  "updated_at",
  "members",
  "members.id",
  "members.user_id",
  "members.created_at",
]

export const retrieveTeamTransformQueryConfig = {
  defaults: defaultAdminTeamFields,
  allowed: allowedAdminTeamFields,
  isList: false,
}

export const listTeamTransformQueryConfig = {
  ...retrieveTeamTransformQueryConfig,
  defaultLimit: 50,
  isList: true,
}
