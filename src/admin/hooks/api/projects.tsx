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
  AdminCreateHelpdeskProject,
  AdminHelpdeskProjectDeleteResponse,
  AdminHelpdeskProjectListParams,
  AdminHelpdeskProjectListResponse,
  AdminHelpdeskProjectResponse,
  AdminHelpdeskProjectDetailParams,
  AdminUpdateHelpdeskProject,
} from "../../lib/settings-types"

const PROJECTS_PATH = "/admin/helpdesk/projects"

// Root of every task query key (the tasks hooks import this module's keys).
const TASK_QUERY_ROOT = ["helpdesk-task"] as const

export const projectQueryKeys = queryKeysFactory<
  "helpdesk-project",
  AdminHelpdeskProjectListParams,
  AdminHelpdeskProjectDetailParams
>("helpdesk-project")

type QueryOptions<TResponse> = Omit<
  UseQueryOptions<TResponse, FetchError, TResponse, QueryKey>,
  "queryFn" | "queryKey"
>

type MutationOptions<TResponse, TVariables> = Omit<
  UseMutationOptions<TResponse, FetchError, TVariables>,
  "mutationFn" | "mutationKey"
>

// A removed project leaves its tasks without one.
const invalidateRelated = (queryClient: QueryClient) =>
  queryClient.invalidateQueries({ queryKey: TASK_QUERY_ROOT })

export const useProjects = (
  query: AdminHelpdeskProjectListParams,
  options?: QueryOptions<AdminHelpdeskProjectListResponse>
) => {
  const { data, ...rest } = useQuery({
    ...options,
    queryKey: projectQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<AdminHelpdeskProjectListResponse>(PROJECTS_PATH, {
        query,
      }),
  })

  return { ...data, ...rest }
}

export const useProject = (
  id: string,
  query?: AdminHelpdeskProjectDetailParams,
  options?: QueryOptions<AdminHelpdeskProjectResponse>
) => {
  const { data, ...rest } = useQuery({
    ...options,
    queryKey: projectQueryKeys.detail(id, query),
    queryFn: () =>
      sdk.client.fetch<AdminHelpdeskProjectResponse>(
        `${PROJECTS_PATH}/${encodeURIComponent(id)}`,
        { query }
      ),
  })

  return { ...data, ...rest }
}

export const useCreateProject = (
  options?: MutationOptions<
    AdminHelpdeskProjectResponse,
    AdminCreateHelpdeskProject
  >
) => {
  const queryClient = useQueryClient()

  return useMutation({
    ...options,
    mutationFn: (body) =>
      sdk.client.fetch<AdminHelpdeskProjectResponse>(PROJECTS_PATH, {
        method: "POST",
        body,
      }),
    onSuccess: async (data, variables, context) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: projectQueryKeys.lists() }),
        invalidateRelated(queryClient),
      ])
      options?.onSuccess?.(data, variables, context)
    },
  })
}

export const useUpdateProject = (
  id: string,
  options?: MutationOptions<
    AdminHelpdeskProjectResponse,
    AdminUpdateHelpdeskProject
  >
) => {
  const queryClient = useQueryClient()

  return useMutation({
    ...options,
    mutationFn: (body) =>
      sdk.client.fetch<AdminHelpdeskProjectResponse>(
        `${PROJECTS_PATH}/${encodeURIComponent(id)}`,
        { method: "POST", body }
      ),
    onSuccess: async (data, variables, context) => {
      await Promise.all([
        queryClient.invalidateQueries({
          queryKey: projectQueryKeys.detail(id),
        }),
        queryClient.invalidateQueries({ queryKey: projectQueryKeys.lists() }),
        invalidateRelated(queryClient),
      ])
      options?.onSuccess?.(data, variables, context)
    },
  })
}

export const useDeleteProject = (
  id: string,
  options?: MutationOptions<AdminHelpdeskProjectDeleteResponse, void>
) => {
  const queryClient = useQueryClient()

  return useMutation({
    ...options,
    mutationFn: () =>
      sdk.client.fetch<AdminHelpdeskProjectDeleteResponse>(
        `${PROJECTS_PATH}/${encodeURIComponent(id)}`,
        { method: "DELETE" }
      ),
    onSuccess: async (data, variables, context) => {
      queryClient.removeQueries({ queryKey: projectQueryKeys.detail(id) })
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: projectQueryKeys.lists() }),
        invalidateRelated(queryClient),
      ])
      options?.onSuccess?.(data, variables, context)
    },
  })
}
