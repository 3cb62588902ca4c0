import { queryKeysFactory } from "../../lib/query-key"
import type {
  AdminCreateHelpdeskProject,
  AdminHelpdeskProjectDeleteResponse,
  AdminHelpdeskProjectDetailParams,
  AdminHelpdeskProjectListParams,
  AdminHelpdeskProjectListResponse,
  AdminHelpdeskProjectResponse,
  AdminUpdateHelpdeskProject,
} from "../../lib/settings-types"
import { createResourceHooks } from "./resource"

// Root of every task query key (the tasks hooks import this module's keys).
const TASK_QUERY_ROOT = ["helpdesk-task"] as const

export const projectQueryKeys = queryKeysFactory<
  "helpdesk-project",
  AdminHelpdeskProjectListParams,
  AdminHelpdeskProjectDetailParams
>("helpdesk-project")

const projectHooks = createResourceHooks<{
  listParams: AdminHelpdeskProjectListParams
  detailParams: AdminHelpdeskProjectDetailParams
  listResponse: AdminHelpdeskProjectListResponse
  response: AdminHelpdeskProjectResponse
  deleteResponse: AdminHelpdeskProjectDeleteResponse
  create: AdminCreateHelpdeskProject
  update: AdminUpdateHelpdeskProject
}>({
  path: "/admin/helpdesk/projects",
  queryKeys: projectQueryKeys,
  // A removed project leaves its tasks without one.
  invalidates: [TASK_QUERY_ROOT],
})

export const useProjects = projectHooks.useList
export const useProject = projectHooks.useDetail
export const useCreateProject = projectHooks.useCreate
export const useUpdateProject = projectHooks.useUpdate
export const useDeleteProject = projectHooks.useDelete
