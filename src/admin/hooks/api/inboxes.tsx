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
  AdminCreateHelpdeskInbox,
  AdminHelpdeskInboxDeleteResponse,
  AdminHelpdeskInboxListParams,
  AdminHelpdeskInboxListResponse,
  AdminHelpdeskInboxResponse,
  AdminHelpdeskListParams,
  AdminUpdateHelpdeskInbox,
} from "../../lib/settings-types"
import { channelQueryKeys } from "./channels"

const INBOXES_PATH = "/admin/helpdesk/inboxes"

export const inboxQueryKeys = queryKeysFactory<
  "helpdesk-inbox",
  AdminHelpdeskInboxListParams,
  Pick<AdminHelpdeskListParams, "fields">
>("helpdesk-inbox")

type QueryOptions<TResponse> = Omit<
  UseQueryOptions<TResponse, FetchError, TResponse, QueryKey>,
  "queryFn" | "queryKey"
>

type MutationOptions<TResponse, TVariables> = Omit<
  UseMutationOptions<TResponse, FetchError, TVariables>,
  "mutationFn" | "mutationKey"
>

// Channels name the inbox they route to.
const invalidateRelated = (queryClient: QueryClient) =>
  queryClient.invalidateQueries({ queryKey: channelQueryKeys.all })

export const useInboxes = (
  query: AdminHelpdeskInboxListParams,
  options?: QueryOptions<AdminHelpdeskInboxListResponse>
) => {
  const { data, ...rest } = useQuery({
    ...options,
    queryKey: inboxQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<AdminHelpdeskInboxListResponse>(INBOXES_PATH, { query }),
  })

  return { ...data, ...rest }
}

export const useInbox = (
  id: string,
  query?: Pick<AdminHelpdeskListParams, "fields">,
  options?: QueryOptions<AdminHelpdeskInboxResponse>
) => {
  const { data, ...rest } = useQuery({
    ...options,
    queryKey: inboxQueryKeys.detail(id, query),
    queryFn: () =>
      sdk.client.fetch<AdminHelpdeskInboxResponse>(
        `${INBOXES_PATH}/${encodeURIComponent(id)}`,
        { query }
      ),
  })

  return { ...data, ...rest }
}

export const useCreateInbox = (
  options?: MutationOptions<
    AdminHelpdeskInboxResponse,
    AdminCreateHelpdeskInbox
  >
) => {
  const queryClient = useQueryClient()

  return useMutation({
    ...options,
    mutationFn: (body) =>
      sdk.client.fetch<AdminHelpdeskInboxResponse>(INBOXES_PATH, {
        method: "POST",
        body,
      }),
    onSuccess: async (data, variables, context) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: inboxQueryKeys.lists() }),
        invalidateRelated(queryClient),
      ])
      options?.onSuccess?.(data, variables, context)
    },
  })
}

export const useUpdateInbox = (
  id: string,
  options?: MutationOptions<
    AdminHelpdeskInboxResponse,
    AdminUpdateHelpdeskInbox
  >
) => {
  const queryClient = useQueryClient()

  return useMutation({
    ...options,
    mutationFn: (body) =>
      sdk.client.fetch<AdminHelpdeskInboxResponse>(
        `${INBOXES_PATH}/${encodeURIComponent(id)}`,
        { method: "POST", body }
      ),
    onSuccess: async (data, variables, context) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: inboxQueryKeys.detail(id) }),
        queryClient.invalidateQueries({ queryKey: inboxQueryKeys.lists() }),
        invalidateRelated(queryClient),
      ])
      options?.onSuccess?.(data, variables, context)
    },
  })
}

export const useDeleteInbox = (
  id: string,
  options?: MutationOptions<AdminHelpdeskInboxDeleteResponse, void>
) => {
  const queryClient = useQueryClient()

  return useMutation({
    ...options,
    mutationFn: () =>
      sdk.client.fetch<AdminHelpdeskInboxDeleteResponse>(
        `${INBOXES_PATH}/${encodeURIComponent(id)}`,
        { method: "DELETE" }
      ),
    onSuccess: async (data, variables, context) => {
      queryClient.removeQueries({ queryKey: inboxQueryKeys.detail(id) })
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: inboxQueryKeys.lists() }),
        invalidateRelated(queryClient),
      ])
      options?.onSuccess?.(data, variables, context)
    },
  })
}
