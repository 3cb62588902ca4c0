import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { resolveRealtimePublisher } from "../../../publisher/registry"
import { toWireMessage } from "../../../publisher/serialize"
import type { PublishMessageStepInput } from "./publish-message"

/**
 * Pushes stored messages, in the given order, to the shoppers (internal notes excepted) and
 * to the agents of each ticket's channel.
 */
export async function publishStoredMessages(
  container: MedusaContainer,
  messages: PublishMessageStepInput[]
): Promise<void> {
  const publisher = resolveRealtimePublisher(container)
  const wire = await Promise.all(
    messages.map((m) => toWireMessage(container, m.message))
  )
  messages.forEach((m, i) =>
    publisher.publishMessage(m.ticket, wire[i], m.except_socket_id)
  )
}

export const publishMessagesStepId = "publish-helpdesk-messages"
/**
 * This step pushes stored messages, in the given order, to the shoppers (internal notes
 * excepted) and to the agents of each ticket's channel. A push cannot be taken back, so it
 * has no compensation and runs last.
 */
export const publishMessagesStep = createStep(
  publishMessagesStepId,
  async (
    { messages }: { messages: PublishMessageStepInput[] },
    { container }
  ) => {
    await publishStoredMessages(container, messages)
  }
)
