import type {
  IUserModuleService,
  MedusaContainer,
} from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { missingIds, quoteIds } from "./ids"

export type UserIdsCheck = {
  /** the request field holding the ids, named in the error, e.g. `member_ids` */
  field: string
  user_ids: string[]
  /** what the merchant can do instead, e.g. "Choose members among the users listed in Settings → Users." */
  hint: string
}

/**
 * Fails with an invalid-data error naming the first field that holds an id no Medusa user has.
 * The users of every field are read in one query.
 */
export async function assertUsersExist(
  container: MedusaContainer,
  checks: UserIdsCheck[]
): Promise<void> {
  const wanted = [...new Set(checks.flatMap((c) => c.user_ids))]
  if (!wanted.length) {
    return
  }

  const users = await container
    .resolve<IUserModuleService>(Modules.USER)
    .listUsers({ id: wanted }, { select: ["id"] })
  for (const { field, user_ids, hint } of checks) {
    const missing = missingIds(user_ids, users)
    if (missing.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${field}: no Medusa user has the id ${quoteIds(missing)}. ${hint}`
      )
    }
  }
}
