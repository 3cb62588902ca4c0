import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createHook,
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { HelpdeskEvents } from "../../../types/events"
import type { CreateChannelInput } from "../../../types/workflows"
import { validateUsersExistStep } from "../../common/steps/validate-users-exist"
import { createChannelInboxesStep } from "../steps/create-channel-inboxes"
import { createChannelsStep } from "../steps/create-channels"
import { setChannelAgentsStep } from "../steps/set-channel-agents"
import { validateChannelInboxesStep } from "../steps/validate-channel-inboxes"

export type CreateChannelsWorkflowInput = { channels: CreateChannelInput[] }

export const createChannelsWorkflowId = "create-helpdesk-channels"
/**
 * This workflow creates chat channels with their agent lists. A channel created without an
 * inbox gets an inbox of its own, named after it.
 *
 * @example
 * const { result } = await createChannelsWorkflow(container).run({
 *   input: { channels: [{ name: "Sklep PL", store_url: "https://shop.example.com", agent_ids: [userId] }] },
 * })
 */
export const createChannelsWorkflow = createWorkflow(
  createChannelsWorkflowId,
  (input: WorkflowData<CreateChannelsWorkflowInput>) => {
    const checks = transform({ input }, ({ input }) => ({
      user_ids: input.channels.flatMap((c) => c.agent_ids ?? []),
      inbox_ids: input.channels.flatMap((c) =>
        c.inbox_id ? [c.inbox_id] : []
      ),
      inbox_names: input.channels.filter((c) => !c.inbox_id).map((c) => c.name),
    }))

    validateUsersExistStep({
      field: "agent_ids",
      user_ids: checks.user_ids,
      hint: "Choose agents among the users listed in Settings → Users.",
    })
    validateChannelInboxesStep({ inbox_ids: checks.inbox_ids })

    const inboxes = createChannelInboxesStep({ names: checks.inbox_names })

    const channelsData = transform({ input, inboxes }, ({ input, inboxes }) => {
      let next = 0
      return {
        channels: input.channels.map(({ agent_ids: _agents, ...channel }) => ({
          ...channel,
          inbox_id: channel.inbox_id || inboxes[next++].id,
        })),
      }
    })

    const channels = createChannelsStep(channelsData)

    const agents = transform({ input, channels }, ({ input, channels }) => ({
      channels: channels.map((c, i) => ({
        id: c.id,
        agent_ids: input.channels[i].agent_ids ?? [],
      })),
    }))
    setChannelAgentsStep(agents)

    const events = transform({ channels }, ({ channels }) =>
      channels.map((c) => ({ id: c.id }))
    )
    emitEventStep({ eventName: HelpdeskEvents.CHANNEL_CREATED, data: events })

    const channelsCreated = createHook("channelsCreated", { channels })

    return new WorkflowResponse(channels, { hooks: [channelsCreated] })
  }
)
