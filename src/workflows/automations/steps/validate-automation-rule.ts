import type {
  IUserModuleService,
  MedusaContainer,
} from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import type { AutomationIdRef } from "../../../types/automation"
import { automationRuleNotFound, resolveRuleAccess } from "../utils/rule-access"
import {
  actionsProblems,
  conditionsProblems,
  delayProblem,
  ruleChannelIds,
  type RuleReference,
} from "../utils/rule-shape"

export type ValidateAutomationRuleStepInput = {
  user_id: string
  /** the rule being changed; absent for a new rule */
  id?: string
  /** the rule's fields as given (an update may give only some) */
  rule: {
    trigger?: string
    delay_minutes?: number | null
    conditions?: unknown
    actions?: unknown
  }
}

const invalid = (message: string) =>
  new MedusaError(MedusaError.Types.INVALID_DATA, message)

const WHERE_TO_FIND: Record<AutomationIdRef, string> = {
  channel:
    "Choose one of your chat channels in Settings → Helpdesk → Channels.",
  tag: "Create the tag in Settings → Helpdesk → Tags first.",
  user: "Choose one of the users listed in Settings → Users.",
  team: "Choose one of the teams in Settings → Helpdesk → Teams.",
  inbox: "Choose one of the inboxes in Settings → Helpdesk → Inboxes.",
}

/** The ids of one kind that exist, read in one query. */
async function existingIds(
  container: MedusaContainer,
  ref: AutomationIdRef,
  ids: string[]
): Promise<Set<string>> {
  const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const args: [{ id: string[] }, { select: ["id"] }] = [
    { id: ids },
    { select: ["id"] },
  ]
  let found: { id: string }[]
  switch (ref) {
    case "channel":
      found = await helpdesk.listHelpdeskChannels(...args)
      break
    case "tag":
      found = await helpdesk.listHelpdeskTags(...args)
      break
    case "team":
      found = await helpdesk.listHelpdeskTeams(...args)
      break
    case "inbox":
      found = await helpdesk.listHelpdeskInboxes(...args)
      break
    case "user":
      found = await container
        .resolve<IUserModuleService>(Modules.USER)
        .listUsers({ id: ids }, { select: ["id"] })
      break
  }
  return new Set(found.map((f) => f.id))
}

export const validateAutomationRuleStepId = "validate-helpdesk-automation-rule"
/**
 * This step checks a rule before it is written: the user may manage it (a rule the user may
 * not manage is "not found"), `delay_minutes` fits the trigger, every channel, tag, user,
 * team and inbox it names exists (channels: among those the user may change), and every
 * BaseLinker status is one of the account's. It answers the rule's fields as they will be.
 */
export const validateAutomationRuleStep = createStep(
  validateAutomationRuleStepId,
  async (
    { user_id, id, rule }: ValidateAutomationRuleStepInput,
    { container }
  ) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const access = await resolveRuleAccess(container, user_id)

    let merged = { ...rule }
    if (id) {
      const [stored] = await helpdesk.listHelpdeskAutomationRules(
        { id },
        {
          select: ["id", "trigger", "delay_minutes", "conditions", "actions"],
          take: 1,
        }
      )
      if (!stored || !access.canManage(stored)) {
        throw automationRuleNotFound(id)
      }
      merged = {
        trigger: rule.trigger ?? stored.trigger,
        // a rule moved to a trigger without a delay drops its delay unless one is given
        delay_minutes:
          rule.delay_minutes !== undefined
            ? rule.delay_minutes
            : rule.trigger && rule.trigger !== stored.trigger
              ? undefined
              : stored.delay_minutes,
        conditions: rule.conditions ?? stored.conditions,
        actions: rule.actions ?? stored.actions,
      }
    }

    const delay = delayProblem(merged.trigger!, merged.delay_minutes)
    if (delay) {
      throw invalid(delay.message)
    }

    const refs: RuleReference[] = []
    const shape = [
      ...conditionsProblems(merged.conditions, refs),
      ...actionsProblems(merged.actions, refs),
    ]
    if (shape.length) {
      throw invalid(shape[0].message)
    }

    const byRef = new Map<AutomationIdRef, string[]>()
    for (const r of refs) {
      byRef.set(r.ref, [...(byRef.get(r.ref) ?? []), r.id])
    }
    const found = new Map<AutomationIdRef, Set<string>>()
    for (const [ref, ids] of byRef) {
      found.set(ref, await existingIds(container, ref, [...new Set(ids)]))
    }
    for (const r of refs) {
      const exists = found.get(r.ref)!.has(r.id)
      // a channel the user may not change is answered like one that does not exist
      const allowed =
        r.ref !== "channel" || access.manageableChannelIds.has(r.id)
      if (!exists || !allowed) {
        throw invalid(
          `${r.where}: there is no ${r.ref} with the id "${r.id}". ${WHERE_TO_FIND[r.ref]}`
        )
      }
    }

    if (
      !ruleChannelIds(merged.conditions).length &&
      !access.canManage({ conditions: merged.conditions })
    ) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "Only a helpdesk administrator may save a rule that applies to every channel: add a condition channel_id naming your channels."
      )
    }

    const statusIds = (
      (merged.actions ?? []) as { type: string; status_id?: unknown }[]
    ).flatMap((a, i) =>
      a.type === "set_baselinker_order_status"
        ? [{ i, id: String(a.status_id) }]
        : []
    )
    if (statusIds.length) {
      const { configured } = await helpdesk.retrieveBaselinkerStatus()
      if (!configured) {
        throw invalid(
          `actions[${statusIds[0].i}]: BaseLinker is not connected; set the BaseLinker token in the helpdesk options before using set_baselinker_order_status.`
        )
      }
      const { statuses } = await helpdesk.retrieveBaselinkerStatuses()
      // while the account cannot be read the ids are taken as given, and checked when used
      const known = new Set(statuses.map((s) => s.id))
      const unknown = statuses.length
        ? statusIds.find((s) => !known.has(s.id))
        : undefined
      if (unknown) {
        throw invalid(
          `actions[${unknown.i}].status_id: BaseLinker has no order status "${unknown.id}" in this account. Choose one of ${statuses.map((s) => `${s.id} (${s.name})`).join(", ")}.`
        )
      }
    }

    return new StepResponse({
      trigger: merged.trigger!,
      delay_minutes: merged.delay_minutes ?? null,
    })
  }
)
