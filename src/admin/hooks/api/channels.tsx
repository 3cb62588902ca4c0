import { useQuery } from "@tanstack/react-query"
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
import { createResourceHooks, QueryOptions } from "./resource"

const CHANNELS_PATH = "/admin/helpdesk/channels"

const _channelQueryKeys = queryKeysFactory<
  "helpdesk-channel",
  AdminHelpdeskChannelListParams
>("helpdesk-channel")

export const channelQueryKeys = {
  ..._channelQueryKeys,
  embedCode: (id: string) => [..._channelQueryKeys.detail(id), "embed-code"],
}

const channelHooks = createResourceHooks<{
  listParams: AdminHelpdeskChannelListParams
  detailParams: Record<string, unknown>
  listResponse: AdminHelpdeskChannelListResponse
  response: AdminHelpdeskChannelResponse
  deleteResponse: AdminHelpdeskChannelDeleteResponse
  create: AdminCreateHelpdeskChannel
  update: AdminUpdateHelpdeskChannel
}>({ path: CHANNELS_PATH, queryKeys: _channelQueryKeys })

export const useChannels = channelHooks.useList

export const useChannel = (
  id: string,
  options?: QueryOptions<AdminHelpdeskChannelResponse>
) => channelHooks.useDetail(id, undefined, options)

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

export const useCreateChannel = channelHooks.useCreate
export const useUpdateChannel = channelHooks.useUpdate
// The list deletes whichever row's menu was used, so the id is the variable.
export const useDeleteChannel = channelHooks.useDeleteById
