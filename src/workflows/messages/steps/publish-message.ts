import { createStep } from "@medusajs/framework/workflows-sdk"
import type { StoredMessage } from "../../../modules/helpdesk/service"
import { resolveRealtimePublisher } from "../../../publisher/registry"
import { toWireMessage } from "../../../publisher/serialize"

export type PublishMessageStepInput = {
  ticket: { id: string; channel_id: string | null }
  message: StoredMessage
  /** the sender's socket: it learns of its message from the acknowledgement */
  except_socket_id?: string
}

export const publishMessageStepId = "publish-helpdesk-message"
/**
 * This step pushes a stored message to the shopper (unless it is an internal note) and to the
 * agents of the ticket's channel. A push cannot be taken back, so it has no compensation and
 * runs last.
 */
export const publishMessageStep = createStep(
  publishMessageStepId,
  async (
    { ticket, message, except_socket_id }: PublishMessageStepInput,
    { container }
  ) => {
    resolveRealtimePublisher(container).publishMessage(
      ticket,
      await toWireMessage(container, message),
      except_socket_id
    )
  }
)
