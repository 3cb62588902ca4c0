export const defaultAdminTaskFields = [
  "id",
  "title",
  "description",
  "status",
  "due_at",
  "assignee_id",
  "project_id",
  "ticket_id",
  "created_at",
  "updated_at",
]

// No `ticket` relation: the ticket's own fields are read through the tickets API.
export const allowedAdminTaskFields = [
  ...defaultAdminTaskFields,
  "project",
  "project.id",
  "project.name",
]

export const retrieveTaskTransformQueryConfig = {
  defaults: defaultAdminTaskFields,
  allowed: allowedAdminTaskFields,
  isList: false,
}

export const listTaskTransformQueryConfig = {
  ...retrieveTaskTransformQueryConfig,
  defaultLimit: 50,
  isList: true,
}
