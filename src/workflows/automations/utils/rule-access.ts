import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import { ruleChannelIds } from "./rule-shape"

/**
 * Who may manage which rules, decided once per request:
 * - a rule whose conditions name channels, by whoever may change every one of them (a helpdesk
 *   administrator, or an agent of those channels, see `listManageableChannelIds`);
 * - a rule naming no channel (it acts on every channel), by a helpdesk administrator, or by
 *   anyone when the `admins` option names nobody.
 */
export type RuleAccess = {
  isAdmin: boolean
  adminsConfigured: boolean
  manageableChannelIds: Set<string>
  canManage(rule: { conditions: unknown }): boolean
}

export async function resolveRuleAccess(
  container: MedusaContainer,
  userId: string
): Promise<RuleAccess> {
  const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  let email: string | null = null
  if (helpdesk.namesAdminsByEmail()) {
    const [user] = await container
      .resolve(Modules.USER)
      .listUsers({ id: userId }, { select: ["id", "email"], take: 1 })
    email = user?.email ?? null
  }
  const user = { id: userId, email }
  const isAdmin = helpdesk.isHelpdeskAdmin(user)
  const adminsConfigured = !!helpdesk.getOptions().admins?.length
  const manageableChannelIds = new Set(
    await helpdesk.listManageableChannelIds(user)
  )
  return {
    isAdmin,
    adminsConfigured,
    manageableChannelIds,
    canManage: ({ conditions }) => {
      if (isAdmin) {
        return true
      }
      const channels = ruleChannelIds(conditions)
      return channels.length
        ? channels.every((id) => manageableChannelIds.has(id))
        : !adminsConfigured
    },
  }
}

/** The 404 of a rule that does not exist or that the user may not manage. */
export const automationRuleNotFound = (id: string) =>
  new MedusaError(
    MedusaError.Types.NOT_FOUND,
    `Automation rule "${id}" was not found.`
  )

/** Fails with the rule's 404 unless the user may manage it (it must exist). */
export async function assertRuleManageable(
  container: MedusaContainer,
  userId: string,
  ruleId: string
): Promise<void> {
  const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const [rule] = await helpdesk.listHelpdeskAutomationRules(
    { id: ruleId },
    { select: ["id", "conditions"], take: 1 }
  )
  if (!rule || !(await resolveRuleAccess(container, userId)).canManage(rule)) {
    throw automationRuleNotFound(ruleId)
  }
}
