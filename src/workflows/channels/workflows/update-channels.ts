import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createHook,
  createWorkflow,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { HelpdeskEvents } from "../../../types/events"
import type { UpdateChannelInput } from "../../../types/workflows"
import { validateUsersExistStep } from "../../common/steps/validate-users-exist"
import { setChannelAgentsStep } from "../steps/set-channel-agents"
import { updateChannelsStep } from "../steps/update-channels"
import { validateChannelInboxesStep } from "../steps/validate-channel-inboxes"
import { validateChannelsExistStep } from "../steps/validate-channels-exist"

export type UpdateChannelsWorkflowInput = {
  channels: UpdateChannelInput[]
  /** the acting user, who must be allowed to change every channel named */
  user_id?: string
}

export const updateChannelsWorkflowId = "update-helpdesk-channels"
/**
 * This workflow updates chat channels. Fields left out keep their values; `agent_ids`, when
 * given, replaces the channel's whole agent list.
 *
 * @example
 * await updateChannelsWorkflow(container).run({
 *   input: { channels: [{ id: "hdch_…", timezone: "Europe/Warsaw", agent_ids: [] }] },
 * })
 */
export const updateChannelsWorkflow = createWorkflow(
  updateChannelsWorkflowId,
  (input: WorkflowData<UpdateChannelsWorkflowInput>) => {
    const checks = transform({ input }, ({ input }) => ({
      ids: input.channels.map((c) => c.id),
      user_ids: input.channels.flatMap((c) => c.agent_ids ?? []),
      inbox_ids: input.channels.flatMap((c) =>
        c.inbox_id ? [c.inbox_id] : []
      ),
    }))

    validateChannelsExistStep({ ids: checks.ids, user_id: input.user_id })
    validateUsersExistStep({
      field: "agent_ids",
      user_ids: checks.user_ids,
      hint: "Choose agents among the users listed in Settings → Users.",
    })
    validateChannelInboxesStep({ inbox_ids: checks.inbox_ids })

    const fields = transform({ input }, ({ input }) => ({
      channels: input.channels.map(
        ({ agent_ids: _agents, ...channel }) => channel
      ),
    }))
    const channels = updateChannelsStep(fields)

    const agentLists = transform({ input }, ({ input }) => ({
      channels: input.channels.flatMap((c) =>
        c.agent_ids ? [{ id: c.id, agent_ids: c.agent_ids }] : []
      ),
    }))
    when(
      { agentLists },
      ({ agentLists }) => agentLists.channels.length > 0
    ).then(() => {
      setChannelAgentsStep(agentLists)
    })

    const events = transform({ input }, ({ input }) =>
      input.channels.map((c) => ({ id: c.id }))
    )
    emitEventStep({ eventName: HelpdeskEvents.CHANNEL_UPDATED, data: events })

    const channelsUpdated = createHook("channelsUpdated", { channels })

    return new WorkflowResponse(channels, { hooks: [channelsUpdated] })
  }
)
