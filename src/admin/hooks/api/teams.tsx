import { queryKeysFactory } from "../../lib/query-key"
import type {
  AdminCreateHelpdeskTeam,
  AdminHelpdeskListParams,
  AdminHelpdeskTeamDeleteResponse,
  AdminHelpdeskTeamListParams,
  AdminHelpdeskTeamListResponse,
  AdminHelpdeskTeamResponse,
  AdminUpdateHelpdeskTeam,
} from "../../lib/settings-types"
import { createResourceHooks } from "./resource"

// Root of every ticket query key, lists and details alike.
const TICKET_QUERY_ROOT = ["helpdesk-ticket"] as const

export const teamQueryKeys = queryKeysFactory<
  "helpdesk-team",
  AdminHelpdeskTeamListParams,
  Pick<AdminHelpdeskListParams, "fields">
>("helpdesk-team")

const teamHooks = createResourceHooks<{
  listParams: AdminHelpdeskTeamListParams
  detailParams: Pick<AdminHelpdeskListParams, "fields">
  listResponse: AdminHelpdeskTeamListResponse
  response: AdminHelpdeskTeamResponse
  deleteResponse: AdminHelpdeskTeamDeleteResponse
  create: AdminCreateHelpdeskTeam
  update: AdminUpdateHelpdeskTeam
}>({
  path: "/admin/helpdesk/teams",
  queryKeys: teamQueryKeys,
  // Ticket rows show their teams, so a rename or removal refreshes them.
  invalidates: [TICKET_QUERY_ROOT],
})

export const useTeams = teamHooks.useList
export const useTeam = teamHooks.useDetail
export const useCreateTeam = teamHooks.useCreate
export const useUpdateTeam = teamHooks.useUpdate
export const useDeleteTeam = teamHooks.useDelete
