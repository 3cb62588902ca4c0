import { EventPriority } from "@medusajs/framework/utils"

/**
 * Options of the events every chat message emits (`helpdesk.message.created`,
 * `helpdesk.message.classified`): not logged one line per message by the event bus, yet queued
 * at the default priority rather than the lowest that `internal` alone would give them on the
 * Redis event bus, since automations answer shoppers from them. `emitChatEvents` (and the
 * steps built on it) hand them to the event bus.
 */
export const CHAT_MESSAGE_EVENT_OPTIONS = {
  internal: true,
  priority: EventPriority.DEFAULT,
}
