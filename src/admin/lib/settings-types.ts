import type { HttpTypes } from "@medusajs/framework/types"
import type { TaskStatus } from "../../types/ticket"

export type { TaskStatus } from "../../types/ticket"

/** Search, paging and ordering every helpdesk list takes (settings lists and the inbox). */
export type AdminHelpdeskListParams = {
  q?: string
  limit?: number
  offset?: number
  order?: string
  fields?: string
}

type Timestamps = {
  created_at: string
  updated_at: string
}

/** `{ id, object, deleted }`, as Medusa's own admin routes answer a delete. */
export type AdminHelpdeskDeleteResponse<TObject extends string> =
  HttpTypes.DeleteResponse<TObject>

/** A page of a list, e.g. `{ tags: [...], count, offset, limit }`, as Medusa's own lists. */
export type ListResponse<
  TKey extends string,
  TEntity,
> = HttpTypes.PaginatedResponse<{ [key in TKey]: TEntity[] }>

// Tags

export type AdminHelpdeskTag = Timestamps & {
  id: string
  name: string
  /** `#rrggbb` */
  color: string
}

export type AdminCreateHelpdeskTag = { name: string; color?: string }
export type AdminUpdateHelpdeskTag = Partial<AdminCreateHelpdeskTag>
export type AdminHelpdeskTagListParams = AdminHelpdeskListParams
export type AdminHelpdeskTagResponse = { tag: AdminHelpdeskTag }
export type AdminHelpdeskTagListResponse = ListResponse<
  "tags",
  AdminHelpdeskTag
>
export type AdminHelpdeskTagDeleteResponse = AdminHelpdeskDeleteResponse<"tag">

// Teams

export type AdminHelpdeskTeamMember = { id: string; user_id: string }

export type AdminHelpdeskTeam = Timestamps & {
  id: string
  name: string
  members: AdminHelpdeskTeamMember[]
}

export type AdminCreateHelpdeskTeam = { name: string; member_ids?: string[] }
export type AdminUpdateHelpdeskTeam = Partial<AdminCreateHelpdeskTeam>
export type AdminHelpdeskTeamListParams = AdminHelpdeskListParams & {
  /** Teams that have this user as a member. */
  user_id?: string
}
export type AdminHelpdeskTeamResponse = { team: AdminHelpdeskTeam }
export type AdminHelpdeskTeamListResponse = ListResponse<
  "teams",
  AdminHelpdeskTeam
>
export type AdminHelpdeskTeamDeleteResponse =
  AdminHelpdeskDeleteResponse<"team">

// Inboxes

export type AdminHelpdeskInboxChannel = { id: string; name: string }

export type AdminHelpdeskInbox = Timestamps & {
  id: string
  name: string
  /** The channels whose new tickets land in this inbox. */
  channels: AdminHelpdeskInboxChannel[]
}

export type AdminCreateHelpdeskInbox = { name: string }
export type AdminUpdateHelpdeskInbox = Partial<AdminCreateHelpdeskInbox>
export type AdminHelpdeskInboxListParams = AdminHelpdeskListParams
export type AdminHelpdeskInboxResponse = { inbox: AdminHelpdeskInbox }
export type AdminHelpdeskInboxListResponse = ListResponse<
  "inboxes",
  AdminHelpdeskInbox
>
export type AdminHelpdeskInboxDeleteResponse =
  AdminHelpdeskDeleteResponse<"inbox">

// Contacts

export type AdminHelpdeskContact = Timestamps & {
  id: string
  /** Always lower-case. */
  email: string
  name: string | null
  note: string | null
  blocked: boolean
}

export type AdminCreateHelpdeskContact = {
  email: string
  name?: string | null
  note?: string | null
  blocked?: boolean
}
export type AdminUpdateHelpdeskContact = Partial<AdminCreateHelpdeskContact>
export type AdminHelpdeskContactListParams = AdminHelpdeskListParams & {
  blocked?: boolean
  email?: string
}
export type AdminHelpdeskContactResponse = { contact: AdminHelpdeskContact }
export type AdminHelpdeskContactListResponse = ListResponse<
  "contacts",
  AdminHelpdeskContact
>
export type AdminHelpdeskContactDeleteResponse =
  AdminHelpdeskDeleteResponse<"contact">

// Tasks

export type AdminHelpdeskTask = Timestamps & {
  id: string
  title: string
  description: string | null
  status: TaskStatus
  /** ISO date-time */
  due_at: string | null
  assignee_id: string | null
  project_id: string | null
  ticket_id: string | null
}

export type AdminCreateHelpdeskTask = {
  title: string
  description?: string | null
  ticket_id?: string | null
  project_id?: string | null
  assignee_id?: string | null
  /** ISO date-time */
  due_at?: string | null
  status?: TaskStatus
}
export type AdminUpdateHelpdeskTask = Partial<AdminCreateHelpdeskTask>
export type AdminHelpdeskTaskListParams = AdminHelpdeskListParams & {
  ticket_id?: string
  project_id?: string
  status?: TaskStatus | TaskStatus[]
  assignee_id?: string
}
export type AdminHelpdeskTaskResponse = { task: AdminHelpdeskTask }
export type AdminHelpdeskTaskListResponse = ListResponse<
  "tasks",
  AdminHelpdeskTask
>
export type AdminHelpdeskTaskDeleteResponse =
  AdminHelpdeskDeleteResponse<"task">

// Projects

export type AdminHelpdeskProject = Timestamps & {
  id: string
  name: string
  description: string | null
  /** Present when asked for with `fields=*tasks`. */
  tasks?: AdminHelpdeskTask[]
}

export type AdminCreateHelpdeskProject = {
  name: string
  description?: string | null
}
export type AdminUpdateHelpdeskProject = Partial<AdminCreateHelpdeskProject>
export type AdminHelpdeskProjectListParams = AdminHelpdeskListParams
export type AdminHelpdeskProjectDetailParams = { fields?: string }
export type AdminHelpdeskProjectResponse = { project: AdminHelpdeskProject }
export type AdminHelpdeskProjectListResponse = ListResponse<
  "projects",
  AdminHelpdeskProject
>
export type AdminHelpdeskProjectDeleteResponse =
  AdminHelpdeskDeleteResponse<"project">
