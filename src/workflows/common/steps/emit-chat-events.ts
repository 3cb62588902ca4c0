import type {
  IEventBusModuleService,
  MedusaContainer,
} from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CHAT_MESSAGE_EVENT_OPTIONS } from "../utils/chat-event-options"

export type EmitChatEventsStepInput = {
  eventName: string
  /** one event per item */
  data: Record<string, unknown>[]
}

/** What compensation needs to take back emitted chat events: their group and name. */
export type EmittedChatEvents = { eventGroupId?: string; eventName: string }

/**
 * Emits one event per item with the options of chat events (`CHAT_MESSAGE_EVENT_OPTIONS`)
 * given to the event bus for the whole call as well as on each event: the local event bus
 * keeps only the former, the Redis one reads either. With an event group (inside a workflow)
 * the events wait in it until the workflow finishes.
 */
export async function emitChatEvents(
  container: MedusaContainer,
  eventGroupId: string | undefined,
  { eventName, data }: EmitChatEventsStepInput
): Promise<EmittedChatEvents | undefined> {
  if (!data.length) {
    return undefined
  }
  const metadata = eventGroupId ? { eventGroupId } : {}
  await container.resolve<IEventBusModuleService>(Modules.EVENT_BUS).emit(
    data.map((item) => ({
      name: eventName,
      data: item,
      options: CHAT_MESSAGE_EVENT_OPTIONS,
      metadata,
    })),
    // a copy: the Redis event bus deletes keys of the options it is given
    { ...CHAT_MESSAGE_EVENT_OPTIONS }
  )
  return { eventGroupId, eventName }
}

/** Drops chat events emitted by `emitChatEvents` from their workflow's event group. */
export async function clearChatEvents(
  container: MedusaContainer,
  emitted: EmittedChatEvents | undefined
): Promise<void> {
  if (!emitted?.eventGroupId) {
    return
  }
  await container
    .resolve<IEventBusModuleService>(Modules.EVENT_BUS)
    .clearGroupedEvents(emitted.eventGroupId, {
      eventNames: [emitted.eventName],
    })
}

export const emitChatEventsStepId = "emit-helpdesk-chat-events"
/**
 * This step emits one event per chat message, like Medusa's `emitEventStep`, with the options
 * of chat events (see `emitChatEvents`). Inside a workflow the events wait in the workflow's
 * event group and go out when it finishes; compensation drops them from the group.
 */
export const emitChatEventsStep = createStep(
  emitChatEventsStepId,
  async (input: EmitChatEventsStepInput, { container, eventGroupId }) =>
    new StepResponse(
      undefined,
      await emitChatEvents(container, eventGroupId, input)
    ),
  async (emitted, { container }) => clearChatEvents(container, emitted)
)
