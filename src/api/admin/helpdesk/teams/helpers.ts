import { refetcher } from "../../../utils/refetch"

/** A team as the API answers with it, or a 404 when there is none. */
export const refetchTeam = refetcher("helpdesk_team", "Team")
