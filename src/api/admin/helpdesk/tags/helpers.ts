import { refetcher } from "../../../utils/refetch"

/** A tag as the API answers with it, or a 404 when there is none. */
export const refetchTag = refetcher("helpdesk_tag", "Tag")
