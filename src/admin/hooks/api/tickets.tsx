import {
  QueryClient,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query"
import { queryKeysFactory } from "../../lib/query-key"
import { sdk } from "../../lib/sdk"
import {
  AdminCreateTicket,
  AdminSendTicketMessage,
  AdminTicketContactResponse,
  AdminTicketListParams,
  AdminTicketListResponse,
  AdminTicketMessageResponse,
  AdminTicketMessagesResponse,
  AdminTicketResponse,
  AdminUpdateTicket,
  WireMessage,
} from "../../lib/ticket-types"
import { contactQueryKeys } from "./contacts"
import type { MutationOptions, QueryOptions } from "./resource"

const TICKETS_PATH = "/admin/helpdesk/tickets"

const ticketPath = (id: string, rest = "") =>
  `${TICKETS_PATH}/${encodeURIComponent(id)}${rest}`

const _ticketQueryKeys = queryKeysFactory<
  "helpdesk-ticket",
  AdminTicketListParams
>("helpdesk-ticket")

export const ticketQueryKeys = {
  ..._ticketQueryKeys,
  messages: (id: string) => [..._ticketQueryKeys.detail(id), "messages"],
}

/**
 * Adds messages to a transcript: each message once (by id, then by seq, since a message
 * sent from this page comes back over the socket too), ordered by seq.
 */
export const mergeMessages = (
  current: WireMessage[],
  incoming: WireMessage[]
): WireMessage[] => {
  const bySeq = new Map<number, WireMessage>()
  for (const message of [...current, ...incoming]) {
    bySeq.set(message.seq, message)
  }
  const ids = new Set<string>()
  return [...bySeq.values()]
    .sort((a, b) => a.seq - b.seq)
    .filter((message) => {
      if (ids.has(message.id)) {
        return false
      }
      ids.add(message.id)
      return true
    })
}

/** Puts messages that arrived outside a fetch (socket, send) into the cached transcript. */
export const appendTicketMessages = (
  queryClient: QueryClient,
  ticketId: string,
  messages: WireMessage[]
) => {
  const queryKey = ticketQueryKeys.messages(ticketId)
  // A transcript nobody has asked for yet is left to its first fetch.
  if (!queryClient.getQueryCache().find({ queryKey, exact: true })) {
    return
  }
  queryClient.setQueryData<AdminTicketMessagesResponse>(
    queryKey,
    (current) => ({
      messages: mergeMessages(current?.messages ?? [], messages),
    })
  )
}

/** Refreshes every ticket list (and so the view counts) and, when given, one ticket. */
export const invalidateTickets = async (
  queryClient: QueryClient,
  ticketId?: string
) => {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: ticketQueryKeys.lists() }),
    ticketId
      ? queryClient.invalidateQueries({
          queryKey: ticketQueryKeys.detail(ticketId),
          // the transcript is kept current by the socket and merged, not refetched
          predicate: (query) => query.queryKey.at(-1) !== "messages",
        })
      : undefined,
  ])
}

export const useTickets = (
  query: AdminTicketListParams,
  options?: QueryOptions<AdminTicketListResponse>
) => {
  const { data, ...rest } = useQuery({
    ...options,
    queryKey: ticketQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<AdminTicketListResponse>(TICKETS_PATH, { query }),
  })

  return { ...data, ...rest }
}

export const useTicket = (
  id: string,
  options?: QueryOptions<AdminTicketResponse>
) => {
  const { data, ...rest } = useQuery({
    ...options,
    queryKey: ticketQueryKeys.detail(id),
    queryFn: () => sdk.client.fetch<AdminTicketResponse>(ticketPath(id)),
  })

  return { ...data, ...rest }
}

export const useTicketMessages = (
  id: string,
  options?: QueryOptions<AdminTicketMessagesResponse>
) => {
  const queryClient = useQueryClient()
  const { data, ...rest } = useQuery({
    ...options,
    queryKey: ticketQueryKeys.messages(id),
    queryFn: async () => {
      const fetched = await sdk.client.fetch<AdminTicketMessagesResponse>(
        ticketPath(id, "/messages")
      )
      // keep what the socket delivered while the request was on its way
      const cached = queryClient.getQueryData<AdminTicketMessagesResponse>(
        ticketQueryKeys.messages(id)
      )
      return {
        messages: mergeMessages(cached?.messages ?? [], fetched.messages),
      }
    },
  })

  return { ...data, ...rest }
}

/**
 * A POST to the tickets route or one of a ticket's routes, then `refresh` brings the cached
 * ticket and lists up to date with the answer before the caller's `onSuccess` runs.
 */
const useTicketPost = <TResponse, TVariables extends object | void>(
  path: string,
  refresh: (queryClient: QueryClient, data: TResponse) => Promise<unknown>,
  options?: MutationOptions<TResponse, TVariables>
) => {
  const queryClient = useQueryClient()

  return useMutation({
    ...options,
    mutationFn: (body: TVariables) =>
      sdk.client.fetch<TResponse>(path, {
        method: "POST",
        // routes such as /close take no body: their variables are `void`
        body: body ?? undefined,
      }),
    onSuccess: async (data, variables, context) => {
      await refresh(queryClient, data)
      options?.onSuccess?.(data, variables, context)
    },
  })
}

/** For routes that answer with the ticket: shows it at once, then refreshes the lists. */
const showTicket =
  (id: string) => (queryClient: QueryClient, data: AdminTicketResponse) => {
    queryClient.setQueryData<AdminTicketResponse>(
      ticketQueryKeys.detail(id),
      data
    )
    return invalidateTickets(queryClient)
  }

export const useOpenTicket = (
  id: string,
  options?: MutationOptions<AdminTicketResponse, void>
) =>
  useTicketPost(
    ticketPath(id, "/open"),
    (queryClient) => invalidateTickets(queryClient, id),
    options
  )

export const useUpdateTicket = (
  id: string,
  options?: MutationOptions<AdminTicketResponse, AdminUpdateTicket>
) => useTicketPost(ticketPath(id), showTicket(id), options)

export const useCreateTicket = (
  options?: MutationOptions<AdminTicketResponse, AdminCreateTicket>
) =>
  useTicketPost(
    TICKETS_PATH,
    (queryClient) => invalidateTickets(queryClient),
    options
  )

export const useCloseTicket = (
  id: string,
  options?: MutationOptions<AdminTicketResponse, void>
) => useTicketPost(ticketPath(id, "/close"), showTicket(id), options)

export const useAddTicketContact = (
  id: string,
  options?: MutationOptions<AdminTicketContactResponse, void>
) =>
  useTicketPost(
    ticketPath(id, "/add-contact"),
    (queryClient) =>
      Promise.all([
        invalidateTickets(queryClient, id),
        queryClient.invalidateQueries({ queryKey: contactQueryKeys.all }),
      ]),
    options
  )

export const useSkipAutoresponder = (
  id: string,
  options?: MutationOptions<AdminTicketResponse, { skip: boolean }>
) =>
  useTicketPost(ticketPath(id, "/skip-autoresponder"), showTicket(id), options)

export const useSendTicketMessage = (
  id: string,
  options?: MutationOptions<AdminTicketMessageResponse, AdminSendTicketMessage>
) =>
  useTicketPost(
    ticketPath(id, "/messages"),
    (queryClient, data) => {
      appendTicketMessages(queryClient, id, [data.message])
      return invalidateTickets(queryClient, id)
    },
    options
  )
