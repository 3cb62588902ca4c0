import { FetchError } from "@medusajs/js-sdk"
import type { HttpTypes } from "@medusajs/framework/types"
import { QueryKey, useQuery, UseQueryOptions } from "@tanstack/react-query"
import { queryKeysFactory } from "../../lib/query-key"
import { sdk } from "../../lib/sdk"

// Same root key as the dashboard's own user queries, so that inviting or
// removing a user in Settings → Users refreshes the lists shown here too.
export const userQueryKeys = queryKeysFactory<
  "users",
  HttpTypes.AdminUserListParams
>("users")

export const useUsers = (
  query: HttpTypes.AdminUserListParams,
  options?: Omit<
    UseQueryOptions<
      HttpTypes.AdminUserListResponse,
      FetchError,
      HttpTypes.AdminUserListResponse,
      QueryKey
    >,
    "queryFn" | "queryKey"
  >
) => {
  const { data, ...rest } = useQuery({
    ...options,
    queryKey: userQueryKeys.list(query),
    queryFn: () => sdk.admin.user.list(query),
  })

  return { ...data, ...rest }
}
