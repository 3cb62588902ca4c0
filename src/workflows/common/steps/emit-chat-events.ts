import type { IEventBusModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CHAT_MESSAGE_EVENT_OPTIONS } from "../utils/chat-event-options"

export type EmitChatEventsStepInput = {
  eventName: string
  /** one event per item */
  data: Record<string, unknown>[]
}

export const emitChatEventsStepId = "emit-helpdesk-chat-events"
/**
 * This step emits one event per chat message, like Medusa's `emitEventStep`, with the options
 * of chat events (`CHAT_MESSAGE_EVENT_OPTIONS`) given to the event bus for the whole call as
 * well as on each event: the local event bus keeps only the former, the Redis one reads
 * either. Inside a workflow the events wait in the workflow's event group and go out when it
 * finishes; compensation drops them from the group.
 */
export const emitChatEventsStep = createStep(
  emitChatEventsStepId,
  async ({ eventName, data }: EmitChatEventsStepInput, context) => {
    if (!data.length) {
      return new StepResponse(undefined, undefined)
    }
    const eventBus = context.container.resolve<IEventBusModuleService>(
      Modules.EVENT_BUS
    )
    const metadata = context.eventGroupId
      ? { eventGroupId: context.eventGroupId }
      : {}
    await eventBus.emit(
      data.map((item) => ({
        name: eventName,
        data: item,
        options: CHAT_MESSAGE_EVENT_OPTIONS,
        metadata,
      })),
      // a copy: the Redis event bus deletes keys of the options it is given
      { ...CHAT_MESSAGE_EVENT_OPTIONS }
    )
    return new StepResponse(undefined, {
      eventGroupId: context.eventGroupId,
      eventName,
    })
  },
  async (emitted, { container }) => {
    if (!emitted?.eventGroupId) {
      return
    }
    await container
      .resolve<IEventBusModuleService>(Modules.EVENT_BUS)
      .clearGroupedEvents(emitted.eventGroupId, {
        eventNames: [emitted.eventName],
      })
  }
)
