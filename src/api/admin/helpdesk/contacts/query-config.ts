export const defaultAdminContactFields = [
  "id",
  "email",
  "name",
  "note",
  "blocked",
  "created_at",
  "updated_at",
]

export const allowedAdminContactFields = [...defaultAdminContactFields]

export const retrieveContactTransformQueryConfig = {
  defaults: defaultAdminContactFields,
  allowed: allowedAdminContactFields,
  isList: false,
}

export const listContactTransformQueryConfig = {
  ...retrieveContactTransformQueryConfig,
  defaultLimit: 50,
  isList: true,
}
