import { queryKeysFactory } from "../../lib/query-key"
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
import { createResourceHooks } from "./resource"

export const inboxQueryKeys = queryKeysFactory<
  "helpdesk-inbox",
  AdminHelpdeskInboxListParams,
  Pick<AdminHelpdeskListParams, "fields">
>("helpdesk-inbox")

const inboxHooks = createResourceHooks<{
  listParams: AdminHelpdeskInboxListParams
  detailParams: Pick<AdminHelpdeskListParams, "fields">
  listResponse: AdminHelpdeskInboxListResponse
  response: AdminHelpdeskInboxResponse
  deleteResponse: AdminHelpdeskInboxDeleteResponse
  create: AdminCreateHelpdeskInbox
  update: AdminUpdateHelpdeskInbox
}>({
  path: "/admin/helpdesk/inboxes",
  queryKeys: inboxQueryKeys,
  // Channels name the inbox they route to.
  invalidates: [channelQueryKeys.all],
})

export const useInboxes = inboxHooks.useList
export const useInbox = inboxHooks.useDetail
export const useCreateInbox = inboxHooks.useCreate
export const useUpdateInbox = inboxHooks.useUpdate
export const useDeleteInbox = inboxHooks.useDelete
