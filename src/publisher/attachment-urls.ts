import type { WireMessage } from "../types/realtime"

/** Where the shopper's widget fetches an attachment (with its visitor token). */
export const visitorAttachmentPath = (ticketId: string, attachmentId: string) =>
  `/helpdesk/conversations/${ticketId}/attachments/${attachmentId}`

/** Where Admin fetches an attachment (with the agent's session). */
export const agentAttachmentPath = (ticketId: string, attachmentId: string) =>
  `/admin/helpdesk/tickets/${ticketId}/attachments/${attachmentId}`

/**
 * A message as agents receive it: attachment URLs point at the admin route. A message
 * without attachments is returned as it is.
 */
export function forAgents(message: WireMessage): WireMessage {
  if (!message.attachments.length) {
    return message
  }
  return {
    ...message,
    attachments: message.attachments.map((a) => ({
      ...a,
      url: agentAttachmentPath(message.ticket_id, a.id),
    })),
  }
}
