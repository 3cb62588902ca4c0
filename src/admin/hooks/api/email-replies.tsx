import { useQuery } from "@tanstack/react-query"
import { sdk } from "../../lib/sdk"
import type { QueryOptions } from "./resource"

export type EmailRepliesSettings = {
  /** a notification provider handles the "email" channel */
  provider_configured: boolean
  template: string
}

type EmailRepliesResponse = { email_replies: EmailRepliesSettings }

export const emailRepliesQueryKeys = {
  all: ["helpdesk-email-replies"] as const,
}

/** Whether this app can e-mail replies at all (a provider for the "email" channel). */
export const useEmailRepliesSettings = (
  options?: QueryOptions<EmailRepliesResponse>
) => {
  const { data, ...rest } = useQuery({
    staleTime: 60_000,
    ...options,
    queryKey: emailRepliesQueryKeys.all,
    queryFn: () =>
      sdk.client.fetch<EmailRepliesResponse>("/admin/helpdesk/email-replies"),
  })
  return { ...data, ...rest }
}
