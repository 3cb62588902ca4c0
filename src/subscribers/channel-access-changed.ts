import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { HelpdeskEvents } from "../types/events"
import { refreshAgentRoomsWorkflow } from "../workflows/realtime/workflows/refresh-agent-rooms"

export default async function channelAccessChangedHandler({
  container,
}: SubscriberArgs<{ id: string }>) {
  await refreshAgentRoomsWorkflow(container).run({ input: {} })
}

export const config: SubscriberConfig = {
  event: [
    HelpdeskEvents.CHANNEL_CREATED,
    HelpdeskEvents.CHANNEL_UPDATED,
    HelpdeskEvents.CHANNEL_DELETED,
  ],
  context: { subscriberId: "helpdesk-channel-access-changed" },
}
