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
  AdminCreateHelpdeskTag,
  AdminHelpdeskTagDeleteResponse,
  AdminHelpdeskTagListParams,
  AdminHelpdeskTagListResponse,
  AdminHelpdeskTagResponse,
  AdminHelpdeskListParams,
  AdminUpdateHelpdeskTag,
} from "../../lib/settings-types"

const TAGS_PATH = "/admin/helpdesk/tags"

// Root of every ticket query key, lists and details alike.
const TICKET_QUERY_ROOT = ["helpdesk-ticket"] as const

export const tagQueryKeys = queryKeysFactory<
  "helpdesk-tag",
  AdminHelpdeskTagListParams,
  Pick<AdminHelpdeskListParams, "fields">
>("helpdesk-tag")

type QueryOptions<TResponse> = Omit<
  UseQueryOptions<TResponse, FetchError, TResponse, QueryKey>,
  "queryFn" | "queryKey"
>

type MutationOptions<TResponse, TVariables> = Omit<
  UseMutationOptions<TResponse, FetchError, TVariables>,
  "mutationFn" | "mutationKey"
>

// Ticket rows show their tags, so a rename or removal refreshes them.
const invalidateRelated = (queryClient: QueryClient) =>
  queryClient.invalidateQueries({ queryKey: TICKET_QUERY_ROOT })

export const useTags = (
  query: AdminHelpdeskTagListParams,
  options?: QueryOptions<AdminHelpdeskTagListResponse>
) => {
  const { data, ...rest } = useQuery({
    ...options,
    queryKey: tagQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<AdminHelpdeskTagListResponse>(TAGS_PATH, { query }),
  })

  return { ...data, ...rest }
}

export const useTag = (
  id: string,
  query?: Pick<AdminHelpdeskListParams, "fields">,
  options?: QueryOptions<AdminHelpdeskTagResponse>
) => {
  const { data, ...rest } = useQuery({
    ...options,
    queryKey: tagQueryKeys.detail(id, query),
    queryFn: () =>
      sdk.client.fetch<AdminHelpdeskTagResponse>(
        `${TAGS_PATH}/${encodeURIComponent(id)}`,
        { query }
      ),
  })

  return { ...data, ...rest }
}

export const useCreateTag = (
  options?: MutationOptions<AdminHelpdeskTagResponse, AdminCreateHelpdeskTag>
) => {
  const queryClient = useQueryClient()

  return useMutation({
    ...options,
    mutationFn: (body) =>
      sdk.client.fetch<AdminHelpdeskTagResponse>(TAGS_PATH, {
        method: "POST",
        body,
      }),
    onSuccess: async (data, variables, context) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: tagQueryKeys.lists() }),
        invalidateRelated(queryClient),
      ])
      options?.onSuccess?.(data, variables, context)
    },
  })
}

export const useUpdateTag = (
  id: string,
  options?: MutationOptions<AdminHelpdeskTagResponse, AdminUpdateHelpdeskTag>
) => {
  const queryClient = useQueryClient()

  return useMutation({
    ...options,
    mutationFn: (body) =>
      sdk.client.fetch<AdminHelpdeskTagResponse>(
        `${TAGS_PATH}/${encodeURIComponent(id)}`,
        { method: "POST", body }
      ),
    onSuccess: async (data, variables, context) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: tagQueryKeys.detail(id) }),
        queryClient.invalidateQueries({ queryKey: tagQueryKeys.lists() }),
        invalidateRelated(queryClient),
      ])
      options?.onSuccess?.(data, variables, context)
    },
  })
}

export const useDeleteTag = (
  id: string,
  options?: MutationOptions<AdminHelpdeskTagDeleteResponse, void>
) => {
  const queryClient = useQueryClient()

  return useMutation({
    ...options,
    mutationFn: () =>
      sdk.client.fetch<AdminHelpdeskTagDeleteResponse>(
        `${TAGS_PATH}/${encodeURIComponent(id)}`,
        { method: "DELETE" }
      ),
    onSuccess: async (data, variables, context) => {
      queryClient.removeQueries({ queryKey: tagQueryKeys.detail(id) })
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: tagQueryKeys.lists() }),
        invalidateRelated(queryClient),
      ])
      options?.onSuccess?.(data, variables, context)
    },
  })
}
