import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import {
  type LinkStore,
  replaceLinkLists,
} from "../../common/utils/replace-links"

export type SetChannelAgentsStepInput = {
  /** The complete agent list of each channel; channels not listed keep theirs. */
  channels: { id: string; agent_ids: string[] }[]
}

function channelAgents(container: MedusaContainer): LinkStore {
  const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  return {
    list: async (channel_id) =>
      (
        await helpdesk.listHelpdeskChannelAgents(
          { channel_id },
          { select: ["id", "user_id"] }
        )
      ).map((a) => ({ id: a.id, target_id: a.user_id })),
    remove: (ids) => helpdesk.deleteHelpdeskChannelAgents(ids),
    add: (channel_id, userIds) =>
      helpdesk.createHelpdeskChannelAgents(
        userIds.map((user_id) => ({ channel_id, user_id }))
      ),
  }
}

export const setChannelAgentsStepId = "set-helpdesk-channel-agents"
/**
 * This step replaces the agent lists of channels, remembering the previous lists to restore them.
 */
export const setChannelAgentsStep = createStep(
  setChannelAgentsStepId,
  async ({ channels }: SetChannelAgentsStepInput, { container }) => {
    const before = await replaceLinkLists(
      channelAgents(container),
      channels.map((c) => ({ owner_id: c.id, target_ids: c.agent_ids }))
    )
    return new StepResponse(undefined, before)
  },
  async (before, { container }) => {
    if (before?.length) {
      await replaceLinkLists(channelAgents(container), before)
    }
  }
)
