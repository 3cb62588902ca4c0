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
import type {
  AdminCreateHelpdeskContact,
  AdminHelpdeskContactDeleteResponse,
  AdminHelpdeskContactListParams,
  AdminHelpdeskContactListResponse,
  AdminHelpdeskContactResponse,
  AdminHelpdeskListParams,
  AdminUpdateHelpdeskContact,
} from "../../lib/settings-types"

const CONTACTS_PATH = "/admin/helpdesk/contacts"

export const contactQueryKeys = queryKeysFactory<
  "helpdesk-contact",
  AdminHelpdeskContactListParams,
  Pick<AdminHelpdeskListParams, "fields">
>("helpdesk-contact")

type QueryOptions<TResponse> = Omit<
  UseQueryOptions<TResponse, FetchError, TResponse, QueryKey>,
  "queryFn" | "queryKey"
>

type MutationOptions<TResponse, TVariables> = Omit<
  UseMutationOptions<TResponse, FetchError, TVariables>,
  "mutationFn" | "mutationKey"
>

export const useContacts = (
  query: AdminHelpdeskContactListParams,
  options?: QueryOptions<AdminHelpdeskContactListResponse>
) => {
  const { data, ...rest } = useQuery({
    ...options,
    queryKey: contactQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<AdminHelpdeskContactListResponse>(CONTACTS_PATH, {
        query,
      }),
  })

  return { ...data, ...rest }
}

export const useContact = (
  id: string,
  query?: Pick<AdminHelpdeskListParams, "fields">,
  options?: QueryOptions<AdminHelpdeskContactResponse>
) => {
  const { data, ...rest } = useQuery({
    ...options,
    queryKey: contactQueryKeys.detail(id, query),
    queryFn: () =>
      sdk.client.fetch<AdminHelpdeskContactResponse>(
        `${CONTACTS_PATH}/${encodeURIComponent(id)}`,
        { query }
      ),
  })

  return { ...data, ...rest }
}

export const useCreateContact = (
  options?: MutationOptions<
    AdminHelpdeskContactResponse,
    AdminCreateHelpdeskContact
  >
) => {
  const queryClient = useQueryClient()

  return useMutation({
    ...options,
    mutationFn: (body) =>
      sdk.client.fetch<AdminHelpdeskContactResponse>(CONTACTS_PATH, {
        method: "POST",
        body,
      }),
    onSuccess: async (data, variables, context) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: contactQueryKeys.lists() }),
      ])
      options?.onSuccess?.(data, variables, context)
    },
  })
}

export const useUpdateContact = (
  id: string,
  options?: MutationOptions<
    AdminHelpdeskContactResponse,
    AdminUpdateHelpdeskContact
  >
) => {
  const queryClient = useQueryClient()

  return useMutation({
    ...options,
    mutationFn: (body) =>
      sdk.client.fetch<AdminHelpdeskContactResponse>(
        `${CONTACTS_PATH}/${encodeURIComponent(id)}`,
        { method: "POST", body }
      ),
    onSuccess: async (data, variables, context) => {
      await Promise.all([
        queryClient.invalidateQueries({
          queryKey: contactQueryKeys.detail(id),
        }),
        queryClient.invalidateQueries({ queryKey: contactQueryKeys.lists() }),
      ])
      options?.onSuccess?.(data, variables, context)
    },
  })
}

export const useDeleteContact = (
  id: string,
  options?: MutationOptions<AdminHelpdeskContactDeleteResponse, void>
) => {
  const queryClient = useQueryClient()

  return useMutation({
    ...options,
    mutationFn: () =>
      sdk.client.fetch<AdminHelpdeskContactDeleteResponse>(
        `${CONTACTS_PATH}/${encodeURIComponent(id)}`,
        { method: "DELETE" }
      ),
    onSuccess: async (data, variables, context) => {
      queryClient.removeQueries({ queryKey: contactQueryKeys.detail(id) })
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: contactQueryKeys.lists() }),
      ])
      options?.onSuccess?.(data, variables, context)
    },
  })
}
