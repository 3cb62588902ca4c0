import { FetchError } from "@medusajs/js-sdk"
import {
  QueryKey,
  useMutation,
  UseMutationOptions,
  useQuery,
  useQueryClient,
  UseQueryOptions,
} from "@tanstack/react-query"
import { queryKeysFactory } from "../../lib/query-key"
import { sdk } from "../../lib/sdk"
import {
  AdminCreateHelpdeskChannel,
  AdminHelpdeskChannelDeleteResponse,
  AdminHelpdeskChannelEmbedCodeResponse,
  AdminHelpdeskChannelListParams,
  AdminHelpdeskChannelListResponse,
  AdminHelpdeskChannelResponse,
  AdminUpdateHelpdeskChannel,
} from "../../lib/types"

const CHANNELS_PATH = "/admin/helpdesk/channels"

const _channelQueryKeys = queryKeysFactory<
  "helpdesk-channel",
  AdminHelpdeskChannelListParams
>("helpdesk-channel")

export const channelQueryKeys = {
  ..._channelQueryKeys,
  embedCode: (id: string) => [..._channelQueryKeys.detail(id), "embed-code"],
}

type QueryOptions<TResponse> = Omit<
  UseQueryOptions<TResponse, FetchError, TResponse, QueryKey>,
  "queryFn" | "queryKey"
>

export const useChannels = (
  query: AdminHelpdeskChannelListParams,
  options?: QueryOptions<AdminHelpdeskChannelListResponse>
) => {
  const { data, ...rest } = useQuery({
    ...options,
    queryKey: channelQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<AdminHelpdeskChannelListResponse>(CHANNELS_PATH, {
        query,
      }),
  })

  return { ...data, ...rest }
}

export const useChannel = (
  id: string,
  options?: QueryOptions<AdminHelpdeskChannelResponse>
) => {
  const { data, ...rest } = useQuery({
    ...options,
    queryKey: channelQueryKeys.detail(id),
    queryFn: () =>
      sdk.client.fetch<AdminHelpdeskChannelResponse>(
        `${CHANNELS_PATH}/${encodeURIComponent(id)}`
      ),
  })

  return { ...data, ...rest }
}

export const useChannelEmbedCode = (
  id: string,
  options?: QueryOptions<AdminHelpdeskChannelEmbedCodeResponse>
) => {
  const { data, ...rest } = useQuery({
    ...options,
    queryKey: channelQueryKeys.embedCode(id),
    queryFn: () =>
      sdk.client.fetch<AdminHelpdeskChannelEmbedCodeResponse>(
        `${CHANNELS_PATH}/${encodeURIComponent(id)}/embed-code`
      ),
  })

  return { ...data, ...rest }
}

type MutationOptions<TResponse, TVariables> = Omit<
  UseMutationOptions<TResponse, FetchError, TVariables>,
  "mutationFn" | "mutationKey"
>

export const useCreateChannel = (
  options?: MutationOptions<
    AdminHelpdeskChannelResponse,
    AdminCreateHelpdeskChannel
  >
) => {
  const queryClient = useQueryClient()

  return useMutation({
    ...options,
    mutationFn: (body) =>
      sdk.client.fetch<AdminHelpdeskChannelResponse>(CHANNELS_PATH, {
        method: "POST",
        body,
      }),
    onSuccess: async (data, variables, context) => {
      await queryClient.invalidateQueries({
        queryKey: channelQueryKeys.lists(),
      })
      options?.onSuccess?.(data, variables, context)
    },
  })
}

export const useUpdateChannel = (
  id: string,
  options?: MutationOptions<
    AdminHelpdeskChannelResponse,
    AdminUpdateHelpdeskChannel
  >
) => {
  const queryClient = useQueryClient()

  return useMutation({
    ...options,
    mutationFn: (body) =>
      sdk.client.fetch<AdminHelpdeskChannelResponse>(
        `${CHANNELS_PATH}/${encodeURIComponent(id)}`,
        { method: "POST", body }
      ),
    onSuccess: async (data, variables, context) => {
      await Promise.all([
        queryClient.invalidateQueries({
          queryKey: channelQueryKeys.detail(id),
        }),
        queryClient.invalidateQueries({
          queryKey: channelQueryKeys.lists(),
        }),
      ])
      options?.onSuccess?.(data, variables, context)
    },
  })
}

export const useDeleteChannel = (
  options?: MutationOptions<AdminHelpdeskChannelDeleteResponse, string>
) => {
  const queryClient = useQueryClient()

  return useMutation({
    ...options,
    mutationFn: (id) =>
      sdk.client.fetch<AdminHelpdeskChannelDeleteResponse>(
        `${CHANNELS_PATH}/${encodeURIComponent(id)}`,
        { method: "DELETE" }
      ),
    onSuccess: async (data, id, context) => {
      queryClient.removeQueries({ queryKey: channelQueryKeys.detail(id) })
      await queryClient.invalidateQueries({
        queryKey: channelQueryKeys.lists(),
      })
      options?.onSuccess?.(data, id, context)
    },
  })
}
