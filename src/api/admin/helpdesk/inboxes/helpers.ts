import { refetcher } from "../../../utils/refetch"

/** A inbox as the API answers with it, or a 404 when there is none. */
export const refetchInbox = refetcher("helpdesk_inbox", "Inbox")
