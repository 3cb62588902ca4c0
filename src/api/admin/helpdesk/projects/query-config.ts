import { defaultAdminTaskFields } from "../tasks/query-config"

export const defaultAdminProjectFields = [
  "id",
  "name",
  "description",
  "created_at",
  "updated_at",
]

// Tasks may be expanded (`fields=*tasks`); the routes drop those on hidden tickets.
export const allowedAdminProjectFields = [
  ...defaultAdminProjectFields,
  "tasks",
  ...defaultAdminTaskFields.map((field) => `tasks.${field}`),
]

export const retrieveProjectTransformQueryConfig = {
  defaults: defaultAdminProjectFields,
  allowed: allowedAdminProjectFields,
  isList: false,
}

export const listProjectTransformQueryConfig = {
  ...retrieveProjectTransformQueryConfig,
  defaultLimit: 50,
  isList: true,
}
