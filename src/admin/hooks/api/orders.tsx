import {
  QueryClient,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query"
import { sdk } from "../../lib/sdk"
import type { TicketOrdersResponse } from "../../../types/orders"
import type { MutationOptions, QueryOptions } from "./resource"

const ticketOrdersPath = (ticketId: string, rest = "") =>
  `/admin/helpdesk/tickets/${encodeURIComponent(ticketId)}/orders${rest}`

// Not under the ticket's key: ticket updates (every message) must not refetch the orders.
export const ticketOrdersQueryKey = (ticketId: string) => [
  "helpdesk-ticket-orders",
  ticketId,
]

export type BaselinkerStatus = { id: string; name: string; color: string }
export type BaselinkerStatusesResponse = { statuses: BaselinkerStatus[] }

const baselinkerStatusesQueryKey = ["helpdesk-baselinker", "statuses"]

/** The ticket's Medusa and BaseLinker orders, with BaseLinker's state. */
export const useTicketOrders = (
  ticketId: string,
  options?: QueryOptions<TicketOrdersResponse>
) => {
  const { data, ...rest } = useQuery({
    ...options,
    queryKey: ticketOrdersQueryKey(ticketId),
    queryFn: () =>
      sdk.client.fetch<TicketOrdersResponse>(ticketOrdersPath(ticketId)),
  })
  return { ...data, ...rest }
}

const showOrders = (
  queryClient: QueryClient,
  ticketId: string,
  data: TicketOrdersResponse
) => queryClient.setQueryData(ticketOrdersQueryKey(ticketId), data)

/** Asks BaseLinker again (within the request budget) and shows the answer. */
export const useRefreshTicketOrders = (
  ticketId: string,
  options?: MutationOptions<TicketOrdersResponse, void>
) => {
  const queryClient = useQueryClient()
  return useMutation({
    ...options,
    mutationFn: () =>
      sdk.client.fetch<TicketOrdersResponse>(ticketOrdersPath(ticketId), {
        query: { refresh: "true" },
      }),
    onSuccess: (data, variables, context) => {
      showOrders(queryClient, ticketId, data)
      options?.onSuccess?.(data, variables, context)
    },
  })
}

/** Links a Medusa order, by id or by number, to the ticket. */
export const useLinkTicketOrder = (
  ticketId: string,
  options?: MutationOptions<TicketOrdersResponse, { order_id: string }>
) => {
  const queryClient = useQueryClient()
  return useMutation({
    ...options,
    mutationFn: (body) =>
      sdk.client.fetch<TicketOrdersResponse>(ticketOrdersPath(ticketId), {
        method: "POST",
        body,
      }),
    onSuccess: (data, variables, context) => {
      showOrders(queryClient, ticketId, data)
      options?.onSuccess?.(data, variables, context)
    },
  })
}

export const useUnlinkTicketOrder = (
  ticketId: string,
  options?: MutationOptions<unknown, { order_id: string }>
) => {
  const queryClient = useQueryClient()
  return useMutation({
    ...options,
    mutationFn: ({ order_id }) =>
      sdk.client.fetch(
        ticketOrdersPath(ticketId, `/${encodeURIComponent(order_id)}`),
        { method: "DELETE" }
      ),
    onSuccess: async (data, variables, context) => {
      await queryClient.invalidateQueries({
        queryKey: ticketOrdersQueryKey(ticketId),
      })
      options?.onSuccess?.(data, variables, context)
    },
  })
}

/** The statuses of the connected BaseLinker account, for the status select. */
export const useBaselinkerStatuses = (
  options?: QueryOptions<BaselinkerStatusesResponse>
) => {
  const { data, ...rest } = useQuery({
    staleTime: 10 * 60 * 1000,
    ...options,
    queryKey: baselinkerStatusesQueryKey,
    queryFn: () =>
      sdk.client.fetch<BaselinkerStatusesResponse>(
        "/admin/helpdesk/baselinker/statuses"
      ),
  })
  return { ...data, ...rest }
}

/** Moves a BaseLinker order to another status; the transcript gets a line about it. */
export const useSetBaselinkerOrderStatus = (
  ticketId: string,
  options?: MutationOptions<unknown, { order_id: string; status_id: string }>
) => {
  const queryClient = useQueryClient()
  return useMutation({
    ...options,
    mutationFn: ({ order_id, status_id }) =>
      sdk.client.fetch(
        `/admin/helpdesk/tickets/${encodeURIComponent(ticketId)}/baselinker-orders/${encodeURIComponent(order_id)}/status`,
        { method: "POST", body: { status_id } }
      ),
    onSuccess: async (data, variables, context) => {
      await queryClient.invalidateQueries({
        queryKey: ticketOrdersQueryKey(ticketId),
      })
      options?.onSuccess?.(data, variables, context)
    },
  })
}
