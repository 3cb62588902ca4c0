import { FetchError } from "@medusajs/js-sdk"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type {
  BaselinkerStatusesResult,
  BaselinkerStatusReport,
} from "../../../types/baselinker"
import type { HelpdeskOrder } from "../../../types/orders"
import { sdk } from "../../lib/sdk"
import type { MutationOptions, QueryOptions } from "./resource"

export const baselinkerQueryKeys = {
  all: ["helpdesk-baselinker"] as const,
  status: () => [...baselinkerQueryKeys.all, "status"] as const,
  statuses: () => [...baselinkerQueryKeys.all, "statuses"] as const,
}

type StatusResponse = { baselinker: BaselinkerStatusReport }

/** How BaseLinker is doing, for Settings; refreshed every 15 s while the page is open. */
export const useBaselinkerStatus = (options?: QueryOptions<StatusResponse>) => {
  const { data, ...rest } = useQuery({
    refetchInterval: 15_000,
    ...options,
    queryKey: baselinkerQueryKeys.status(),
    queryFn: () =>
      sdk.client.fetch<StatusResponse>("/admin/helpdesk/baselinker"),
  })
  return { ...data, ...rest }
}

/** The account's order statuses, for a status select. */
export const useBaselinkerStatuses = (
  options?: QueryOptions<BaselinkerStatusesResult>
) => {
  const { data, ...rest } = useQuery({
    staleTime: 5 * 60_000,
    ...options,
    queryKey: baselinkerQueryKeys.statuses(),
    queryFn: () =>
      sdk.client.fetch<BaselinkerStatusesResult>(
        "/admin/helpdesk/baselinker/statuses"
      ),
  })
  return { ...data, ...rest }
}

export type SetBaselinkerOrderStatusResponse = {
  order: HelpdeskOrder
  changed: boolean
}

/** Changes a BaseLinker order's status from a ticket; the caller refreshes its orders on success. */
export const useSetBaselinkerOrderStatus = (
  ticketId: string,
  options?: MutationOptions<
    SetBaselinkerOrderStatusResponse,
    { order_id: string; status_id: string }
  >
) => {
  const queryClient = useQueryClient()
  return useMutation<
    SetBaselinkerOrderStatusResponse,
    FetchError,
    { order_id: string; status_id: string }
  >({
    ...options,
    mutationFn: ({ order_id, status_id }) =>
      sdk.client.fetch<SetBaselinkerOrderStatusResponse>(
        `/admin/helpdesk/tickets/${encodeURIComponent(ticketId)}/baselinker-orders/${encodeURIComponent(order_id)}/status`,
        { method: "POST", body: { status_id } }
      ),
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({
        queryKey: baselinkerQueryKeys.status(),
      })
      await options?.onSuccess?.(...args)
    },
  })
}
