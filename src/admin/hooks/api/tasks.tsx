import { FetchError } from "@medusajs/js-sdk"
import {
  QueryClient,
  QueryKey,
  useMutation,
  UseMutationOptions,
  useQuery,
  useQueryClient,
  UseQueryOptions,
} from "@tanstack/react-query"
import { queryKeysFactory } from "../../lib/query-key"
import { sdk } from "../../lib/sdk"
import type {
  AdminCreateHelpdeskTask,
  AdminHelpdeskTaskDeleteResponse,
  AdminHelpdeskTaskListParams,
  AdminHelpdeskTaskListResponse,
  AdminHelpdeskTaskResponse,
  AdminHelpdeskListParams,
  AdminUpdateHelpdeskTask,
} from "../../lib/settings-types"
import { projectQueryKeys } from "./projects"

const TASKS_PATH = "/admin/helpdesk/tasks"

// Root of every ticket query key, lists and details alike.
const TICKET_QUERY_ROOT = ["helpdesk-ticket"] as const

export const taskQueryKeys = queryKeysFactory<
  "helpdesk-task",
  AdminHelpdeskTaskListParams,
  Pick<AdminHelpdeskListParams, "fields">
>("helpdesk-task")

type QueryOptions<TResponse> = Omit<
  UseQueryOptions<TResponse, FetchError, TResponse, QueryKey>,
  "queryFn" | "queryKey"
>

type MutationOptions<TResponse, TVariables> = Omit<
  UseMutationOptions<TResponse, FetchError, TVariables>,
  "mutationFn" | "mutationKey"
>

// Projects embed their tasks and tickets list theirs, so both refresh too.
const invalidateRelated = (queryClient: QueryClient) =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: projectQueryKeys.all }),
    queryClient.invalidateQueries({ queryKey: TICKET_QUERY_ROOT }),
  ])

export const useTasks = (
  query: AdminHelpdeskTaskListParams,
  options?: QueryOptions<AdminHelpdeskTaskListResponse>
) => {
  const { data, ...rest } = useQuery({
    ...options,
    queryKey: taskQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<AdminHelpdeskTaskListResponse>(TASKS_PATH, { query }),
  })

  return { ...data, ...rest }
}

export const useTask = (
  id: string,
  query?: Pick<AdminHelpdeskListParams, "fields">,
  options?: QueryOptions<AdminHelpdeskTaskResponse>
) => {
  const { data, ...rest } = useQuery({
    ...options,
    queryKey: taskQueryKeys.detail(id, query),
    queryFn: () =>
      sdk.client.fetch<AdminHelpdeskTaskResponse>(
        `${TASKS_PATH}/${encodeURIComponent(id)}`,
        { query }
      ),
  })

  return { ...data, ...rest }
}

export const useCreateTask = (
  options?: MutationOptions<AdminHelpdeskTaskResponse, AdminCreateHelpdeskTask>
) => {
  const queryClient = useQueryClient()

  return useMutation({
    ...options,
    mutationFn: (body) =>
      sdk.client.fetch<AdminHelpdeskTaskResponse>(TASKS_PATH, {
        method: "POST",
        body,
      }),
    onSuccess: async (data, variables, context) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: taskQueryKeys.lists() }),
        invalidateRelated(queryClient),
      ])
      options?.onSuccess?.(data, variables, context)
    },
  })
}

export const useUpdateTask = (
  id: string,
  options?: MutationOptions<AdminHelpdeskTaskResponse, AdminUpdateHelpdeskTask>
) => {
  const queryClient = useQueryClient()

  return useMutation({
    ...options,
    mutationFn: (body) =>
      sdk.client.fetch<AdminHelpdeskTaskResponse>(
        `${TASKS_PATH}/${encodeURIComponent(id)}`,
        { method: "POST", body }
      ),
    onSuccess: async (data, variables, context) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: taskQueryKeys.detail(id) }),
        queryClient.invalidateQueries({ queryKey: taskQueryKeys.lists() }),
        invalidateRelated(queryClient),
      ])
      options?.onSuccess?.(data, variables, context)
    },
  })
}

export const useDeleteTask = (
  id: string,
  options?: MutationOptions<AdminHelpdeskTaskDeleteResponse, void>
) => {
  const queryClient = useQueryClient()

  return useMutation({
    ...options,
    mutationFn: () =>
      sdk.client.fetch<AdminHelpdeskTaskDeleteResponse>(
        `${TASKS_PATH}/${encodeURIComponent(id)}`,
        { method: "DELETE" }
      ),
    onSuccess: async (data, variables, context) => {
      queryClient.removeQueries({ queryKey: taskQueryKeys.detail(id) })
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: taskQueryKeys.lists() }),
        invalidateRelated(queryClient),
      ])
      options?.onSuccess?.(data, variables, context)
    },
  })
}
