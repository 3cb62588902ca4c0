import { queryKeysFactory } from "../../lib/query-key"
import type {
  AdminCreateHelpdeskTask,
  AdminHelpdeskListParams,
  AdminHelpdeskTaskDeleteResponse,
  AdminHelpdeskTaskListParams,
  AdminHelpdeskTaskListResponse,
  AdminHelpdeskTaskResponse,
  AdminUpdateHelpdeskTask,
} from "../../lib/settings-types"
import { projectQueryKeys } from "./projects"
import { createResourceHooks } from "./resource"

// Root of every ticket query key, lists and details alike.
const TICKET_QUERY_ROOT = ["helpdesk-ticket"] as const

export const taskQueryKeys = queryKeysFactory<
  "helpdesk-task",
  AdminHelpdeskTaskListParams,
  Pick<AdminHelpdeskListParams, "fields">
>("helpdesk-task")

const taskHooks = createResourceHooks<{
  listParams: AdminHelpdeskTaskListParams
  detailParams: Pick<AdminHelpdeskListParams, "fields">
  listResponse: AdminHelpdeskTaskListResponse
  response: AdminHelpdeskTaskResponse
  deleteResponse: AdminHelpdeskTaskDeleteResponse
  create: AdminCreateHelpdeskTask
  update: AdminUpdateHelpdeskTask
}>({
  path: "/admin/helpdesk/tasks",
  queryKeys: taskQueryKeys,
  // Projects embed their tasks and tickets list theirs, so both refresh too.
  invalidates: [projectQueryKeys.all, TICKET_QUERY_ROOT],
})

export const useTasks = taskHooks.useList
export const useTask = taskHooks.useDetail
export const useCreateTask = taskHooks.useCreate
export const useUpdateTask = taskHooks.useUpdate
export const useDeleteTask = taskHooks.useDelete
