import { createStep } from "@medusajs/framework/workflows-sdk"
import { resolveRealtimePublisher } from "../../../publisher/registry"

export const refreshAgentRoomsStepId = "refresh-helpdesk-agent-rooms"
/**
 * This step re-reads every connected agent's channel access so live events follow the
 * channels' agent lists. It only moves sockets between rooms and stores nothing, so there
 * is nothing to compensate.
 */
export const refreshAgentRoomsStep = createStep(
  refreshAgentRoomsStepId,
  async (_input: Record<string, never>, { container }) => {
    await resolveRealtimePublisher(container).refreshAgentRooms()
  }
)
