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
  AdminCreateHelpdeskTeam,
  AdminHelpdeskTeamDeleteResponse,
  AdminHelpdeskTeamListParams,
  AdminHelpdeskTeamListResponse,
  AdminHelpdeskTeamResponse,
  AdminHelpdeskListParams,
  AdminUpdateHelpdeskTeam,
} from "../../lib/settings-types"

const TEAMS_PATH = "/admin/helpdesk/teams"

// Root of every ticket query key, lists and details alike.
const TICKET_QUERY_ROOT = ["helpdesk-ticket"] as const

export const teamQueryKeys = queryKeysFactory<
  "helpdesk-team",
  AdminHelpdeskTeamListParams,
  Pick<AdminHelpdeskListParams, "fields">
>("helpdesk-team")

type QueryOptions<TResponse> = Omit<
  UseQueryOptions<TResponse, FetchError, TResponse, QueryKey>,
  "queryFn" | "queryKey"
>

type MutationOptions<TResponse, TVariables> = Omit<
  UseMutationOptions<TResponse, FetchError, TVariables>,
  "mutationFn" | "mutationKey"
>

// Ticket rows show their teams, so a rename or removal refreshes them.
const invalidateRelated = (queryClient: QueryClient) =>
  queryClient.invalidateQueries({ queryKey: TICKET_QUERY_ROOT })

export const useTeams = (
  query: AdminHelpdeskTeamListParams,
  options?: QueryOptions<AdminHelpdeskTeamListResponse>
) => {
  const { data, ...rest } = useQuery({
    ...options,
    queryKey: teamQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<AdminHelpdeskTeamListResponse>(TEAMS_PATH, { query }),
  })

  return { ...data, ...rest }
}

export const useTeam = (
  id: string,
  query?: Pick<AdminHelpdeskListParams, "fields">,
  options?: QueryOptions<AdminHelpdeskTeamResponse>
) => {
  const { data, ...rest } = useQuery({
    ...options,
    queryKey: teamQueryKeys.detail(id, query),
    queryFn: () =>
      sdk.client.fetch<AdminHelpdeskTeamResponse>(
        `${TEAMS_PATH}/${encodeURIComponent(id)}`,
        { query }
      ),
  })

  return { ...data, ...rest }
}

export const useCreateTeam = (
  options?: MutationOptions<AdminHelpdeskTeamResponse, AdminCreateHelpdeskTeam>
) => {
  const queryClient = useQueryClient()

  return useMutation({
    ...options,
    mutationFn: (body) =>
      sdk.client.fetch<AdminHelpdeskTeamResponse>(TEAMS_PATH, {
        method: "POST",
        body,
      }),
    onSuccess: async (data, variables, context) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: teamQueryKeys.lists() }),
        invalidateRelated(queryClient),
      ])
      options?.onSuccess?.(data, variables, context)
    },
  })
}

export const useUpdateTeam = (
  id: string,
  options?: MutationOptions<AdminHelpdeskTeamResponse, AdminUpdateHelpdeskTeam>
) => {
  const queryClient = useQueryClient()

  return useMutation({
    ...options,
    mutationFn: (body) =>
      sdk.client.fetch<AdminHelpdeskTeamResponse>(
        `${TEAMS_PATH}/${encodeURIComponent(id)}`,
        { method: "POST", body }
      ),
    onSuccess: async (data, variables, context) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: teamQueryKeys.detail(id) }),
        queryClient.invalidateQueries({ queryKey: teamQueryKeys.lists() }),
        invalidateRelated(queryClient),
      ])
      options?.onSuccess?.(data, variables, context)
    },
  })
}

export const useDeleteTeam = (
  id: string,
  options?: MutationOptions<AdminHelpdeskTeamDeleteResponse, void>
) => {
  const queryClient = useQueryClient()

  return useMutation({
    ...options,
    mutationFn: () =>
      sdk.client.fetch<AdminHelpdeskTeamDeleteResponse>(
        `${TEAMS_PATH}/${encodeURIComponent(id)}`,
        { method: "DELETE" }
      ),
    onSuccess: async (data, variables, context) => {
      queryClient.removeQueries({ queryKey: teamQueryKeys.detail(id) })
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: teamQueryKeys.lists() }),
        invalidateRelated(queryClient),
      ])
      options?.onSuccess?.(data, variables, context)
    },
  })
}
