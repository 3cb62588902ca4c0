import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export type SetChannelAgentsStepInput = {
  /** The complete agent list of each channel; channels not listed keep theirs. */
  channels: { id: string; agent_ids: string[] }[]
}

type AgentSnapshot = { channel_id: string; user_ids: string[] }[]

async function replaceAgents(
  helpdesk: HelpdeskModuleService,
  channelId: string,
  userIds: string[]
): Promise<void> {
  const current = await helpdesk.listHelpdeskChannelAgents(
    { channel_id: channelId },
    { select: ["id", "user_id"] }
  )
  const wanted = new Set(userIds)
  const have = new Set(current.map((a) => a.user_id))

  const stale = current.filter((a) => !wanted.has(a.user_id)).map((a) => a.id)
  if (stale.length) {
    await helpdesk.deleteHelpdeskChannelAgents(stale)
  }
  const fresh = [...wanted].filter((userId) => !have.has(userId))
  if (fresh.length) {
    await helpdesk.createHelpdeskChannelAgents(
      fresh.map((user_id) => ({ channel_id: channelId, user_id }))
    )
  }
}

export const setChannelAgentsStepId = "set-helpdesk-channel-agents"
/**
 * This step replaces the agent lists of channels, remembering the previous lists to restore them.
 */
export const setChannelAgentsStep = createStep(
  setChannelAgentsStepId,
  async ({ channels }: SetChannelAgentsStepInput, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const before: AgentSnapshot = []

    for (const channel of channels) {
      const current = await helpdesk.listHelpdeskChannelAgents(
        { channel_id: channel.id },
        { select: ["user_id"] }
      )
      before.push({
        channel_id: channel.id,
        user_ids: current.map((a) => a.user_id),
      })
      await replaceAgents(helpdesk, channel.id, channel.agent_ids)
    }

    return new StepResponse(undefined, before)
  },
  async (before, { container }) => {
    if (!before?.length) {
      return
    }
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    for (const snapshot of before) {
      await replaceAgents(helpdesk, snapshot.channel_id, snapshot.user_ids)
    }
  }
)
