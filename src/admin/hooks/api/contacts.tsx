import { queryKeysFactory } from "../../lib/query-key"
import type {
  AdminCreateHelpdeskContact,
  AdminHelpdeskContactDeleteResponse,
  AdminHelpdeskContactListParams,
  AdminHelpdeskContactListResponse,
  AdminHelpdeskContactResponse,
  AdminHelpdeskListParams,
  AdminUpdateHelpdeskContact,
} from "../../lib/settings-types"
import { createResourceHooks } from "./resource"

export const contactQueryKeys = queryKeysFactory<
  "helpdesk-contact",
  AdminHelpdeskContactListParams,
  Pick<AdminHelpdeskListParams, "fields">
>("helpdesk-contact")

const contactHooks = createResourceHooks<{
  listParams: AdminHelpdeskContactListParams
  detailParams: Pick<AdminHelpdeskListParams, "fields">
  listResponse: AdminHelpdeskContactListResponse
  response: AdminHelpdeskContactResponse
  deleteResponse: AdminHelpdeskContactDeleteResponse
  create: AdminCreateHelpdeskContact
  update: AdminUpdateHelpdeskContact
}>({ path: "/admin/helpdesk/contacts", queryKeys: contactQueryKeys })

export const useContacts = contactHooks.useList
export const useContact = contactHooks.useDetail
export const useCreateContact = contactHooks.useCreate
export const useUpdateContact = contactHooks.useUpdate
export const useDeleteContact = contactHooks.useDelete
