import { createStep } from "@medusajs/framework/workflows-sdk"
import type { StoredMessage } from "../../../modules/helpdesk/service"
import { resolveRealtimePublisher } from "../../../publisher/registry"
import { agentFirstName, toWireMessage } from "../../../publisher/serialize"

export type PublishAgentJoinedStepInput = {
  ticket: { id: string; channel_id: string | null }
  user_id: string
  message: StoredMessage
}

export const publishAgentJoinedStepId = "publish-helpdesk-agent-joined"
/**
 * This step tells the shopper (and the channel's agents) who joined the chat. A push cannot be
 * taken back, so it has no compensation and runs last.
 */
export const publishAgentJoinedStep = createStep(
  publishAgentJoinedStepId,
  async (
    { ticket, user_id, message }: PublishAgentJoinedStepInput,
    { container }
  ) => {
    resolveRealtimePublisher(container).publishAgentJoined(ticket.channel_id, {
      ticket_id: ticket.id,
      agent: {
        id: user_id,
        first_name: await agentFirstName(container, user_id),
      },
      message: await toWireMessage(container, message),
    })
  }
)
