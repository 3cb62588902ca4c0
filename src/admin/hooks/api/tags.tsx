import { queryKeysFactory } from "../../lib/query-key"
import type {
  AdminCreateHelpdeskTag,
  AdminHelpdeskListParams,
  AdminHelpdeskTagDeleteResponse,
  AdminHelpdeskTagListParams,
  AdminHelpdeskTagListResponse,
  AdminHelpdeskTagResponse,
  AdminUpdateHelpdeskTag,
} from "../../lib/settings-types"
import { createResourceHooks } from "./resource"

// Root of every ticket query key, lists and details alike.
const TICKET_QUERY_ROOT = ["helpdesk-ticket"] as const

export const tagQueryKeys = queryKeysFactory<
  "helpdesk-tag",
  AdminHelpdeskTagListParams,
  Pick<AdminHelpdeskListParams, "fields">
>("helpdesk-tag")

const tagHooks = createResourceHooks<{
  listParams: AdminHelpdeskTagListParams
  detailParams: Pick<AdminHelpdeskListParams, "fields">
  listResponse: AdminHelpdeskTagListResponse
  response: AdminHelpdeskTagResponse
  deleteResponse: AdminHelpdeskTagDeleteResponse
  create: AdminCreateHelpdeskTag
  update: AdminUpdateHelpdeskTag
}>({
  path: "/admin/helpdesk/tags",
  queryKeys: tagQueryKeys,
  // Ticket rows show their tags, so a rename or removal refreshes them.
  invalidates: [TICKET_QUERY_ROOT],
})

export const useTags = tagHooks.useList
export const useTag = tagHooks.useDetail
export const useCreateTag = tagHooks.useCreate
export const useUpdateTag = tagHooks.useUpdate
export const useDeleteTag = tagHooks.useDelete
