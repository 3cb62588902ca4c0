import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import { quoteIds } from "../../common/utils/ids"

/** The not-found answer for a channel that does not exist or that the user may not change. */
export const channelNotFound = (ids: string[]) =>
  new MedusaError(
    MedusaError.Types.NOT_FOUND,
    `Chat channel ${quoteIds(ids)} was not found.`
  )

/**
 * Ids of the channels a user may see and change (see `listManageableChannelIds`). The user's
 * e-mail is looked up only when an administrator is named by e-mail.
 */
export async function listManageableChannelIds(
  container: MedusaContainer,
  userId: string
): Promise<string[]> {
  const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  let email: string | null = null
  if (helpdesk.namesAdminsByEmail()) {
    const [user] = await container
      .resolve(Modules.USER)
      .listUsers({ id: userId }, { select: ["id", "email"], take: 1 })
    email = user?.email ?? null
  }
  return helpdesk.listManageableChannelIds({ id: userId, email })
}

/** Fails with "not found", like a missing channel, unless the user may change every channel. */
export async function assertChannelsManageable(
  container: MedusaContainer,
  userId: string,
  ids: string[]
): Promise<void> {
  const manageable = new Set(await listManageableChannelIds(container, userId))
  const hidden = [...new Set(ids)].filter((id) => !manageable.has(id))
  if (hidden.length) {
    throw channelNotFound(hidden)
  }
}
