import { refetcher } from "../../../utils/refetch"

/** A contact as the API answers with it, or a 404 when there is none. */
export const refetchContact = refetcher("helpdesk_contact", "Contact")
