import { FetchError } from "@medusajs/js-sdk"
import {
  QueryClient,
  QueryKey,
  useMutation,
  UseMutationOptions,
  useQuery,
  useQueryClient,
  UseQueryOptions,
  UseQueryResult,
} from "@tanstack/react-query"
import type { QueryKeys } from "../../lib/query-key"
import { sdk } from "../../lib/sdk"

export type QueryOptions<TResponse> = Omit<
  UseQueryOptions<TResponse, FetchError, TResponse, QueryKey>,
  "queryFn" | "queryKey"
>

export type MutationOptions<TResponse, TVariables> = Omit<
  UseMutationOptions<TResponse, FetchError, TVariables>,
  "mutationFn" | "mutationKey"
>

type OmitData<TResult> = TResult extends unknown ? Omit<TResult, "data"> : never

/** A query's state with the response's fields beside it, e.g. `{ tags, count, isPending }`. */
export type FlatQueryResult<TData> = Partial<TData> &
  OmitData<UseQueryResult<TData, FetchError>>

const flatten = <TData,>({
  data,
  ...rest
}: UseQueryResult<TData, FetchError>) =>
  ({ ...data, ...rest }) as FlatQueryResult<TData>

/** The request and response shapes of one admin resource. */
export type ResourceTypes = {
  listParams: object
  detailParams: object | undefined
  listResponse: object
  response: object
  deleteResponse: object
  create: object
  update: object
}

type ResourceConfig<T extends ResourceTypes> = {
  /** e.g. `/admin/helpdesk/tags` */
  path: string
  queryKeys: QueryKeys<string, T["listParams"], T["detailParams"]>
  /**
   * Other caches that show this resource (e.g. ticket rows show their tags),
   * refreshed after every create, update and delete.
   */
  invalidates?: readonly QueryKey[]
}

/**
 * The list, detail, create, update and delete hooks of one admin resource,
 * with Medusa dashboard-style query keys. A save refreshes the resource's
 * lists (and its detail), then whatever `invalidates` names.
 */
export const createResourceHooks = <T extends ResourceTypes>({
  path,
  queryKeys,
  invalidates = [],
}: ResourceConfig<T>) => {
  const pathOf = (id: string) => `${path}/${encodeURIComponent(id)}`

  const refresh = (queryClient: QueryClient, keys: readonly QueryKey[]) =>
    Promise.all(
      [...keys, ...invalidates].map((queryKey) =>
        queryClient.invalidateQueries({ queryKey })
      )
    )

  const remove = (id: string) =>
    sdk.client.fetch<T["deleteResponse"]>(pathOf(id), { method: "DELETE" })

  const afterRemove = async (queryClient: QueryClient, id: string) => {
    queryClient.removeQueries({ queryKey: queryKeys.detail(id) })
    await refresh(queryClient, [queryKeys.lists()])
  }

  const useList = (
    query: T["listParams"],
    options?: QueryOptions<T["listResponse"]>
  ) => {
    return flatten(
      useQuery({
        ...options,
        queryKey: queryKeys.list(query),
        queryFn: () => sdk.client.fetch<T["listResponse"]>(path, { query }),
      })
    )
  }

  const useDetail = (
    id: string,
    query?: T["detailParams"],
    options?: QueryOptions<T["response"]>
  ) => {
    return flatten(
      useQuery({
        ...options,
        queryKey: queryKeys.detail(id, query),
        queryFn: () => sdk.client.fetch<T["response"]>(pathOf(id), { query }),
      })
    )
  }

  const useCreate = (options?: MutationOptions<T["response"], T["create"]>) => {
    const queryClient = useQueryClient()

    return useMutation({
      ...options,
      mutationFn: (body) =>
        sdk.client.fetch<T["response"]>(path, { method: "POST", body }),
      onSuccess: async (data, variables, context) => {
        await refresh(queryClient, [queryKeys.lists()])
        options?.onSuccess?.(data, variables, context)
      },
    })
  }

  const useUpdate = (
    id: string,
    options?: MutationOptions<T["response"], T["update"]>
  ) => {
    const queryClient = useQueryClient()

    return useMutation({
      ...options,
      mutationFn: (body) =>
        sdk.client.fetch<T["response"]>(pathOf(id), { method: "POST", body }),
      onSuccess: async (data, variables, context) => {
        await refresh(queryClient, [queryKeys.detail(id), queryKeys.lists()])
        options?.onSuccess?.(data, variables, context)
      },
    })
  }

  /** Deletes the one record it is bound to, e.g. from that record's row. */
  const useDelete = (
    id: string,
    options?: MutationOptions<T["deleteResponse"], void>
  ) => {
    const queryClient = useQueryClient()

    return useMutation({
      ...options,
      mutationFn: () => remove(id),
      onSuccess: async (data, variables, context) => {
        await afterRemove(queryClient, id)
        options?.onSuccess?.(data, variables, context)
      },
    })
  }

  /** Deletes whichever record's id it is called with. */
  const useDeleteById = (
    options?: MutationOptions<T["deleteResponse"], string>
  ) => {
    const queryClient = useQueryClient()

    return useMutation({
      ...options,
      mutationFn: remove,
      onSuccess: async (data, id, context) => {
        await afterRemove(queryClient, id)
        options?.onSuccess?.(data, id, context)
      },
    })
  }

  return { useList, useDetail, useCreate, useUpdate, useDelete, useDeleteById }
}
