import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export type DeleteInboxesStepInput = { ids: string[] }

type Removed = {
  inbox_ids: string[]
  tickets: { id: string; inbox_id: string }[]
}

export const deleteInboxesStepId = "delete-helpdesk-inboxes"
/**
 * This step soft-deletes inboxes. Their tickets stay and leave the inbox, so no ticket points at
 * a queue that no longer exists; compensation puts them back.
 */
export const deleteInboxesStep = createStep(
  deleteInboxesStepId,
  async ({ ids }: DeleteInboxesStepInput, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const tickets = await helpdesk.listHelpdeskTickets(
      { inbox_id: ids },
      { select: ["id", "inbox_id"] }
    )
    const removed: Removed = {
      inbox_ids: ids,
      tickets: tickets.map((t) => ({ id: t.id, inbox_id: t.inbox_id! })),
    }

    if (removed.tickets.length) {
      await helpdesk.updateHelpdeskTickets({
        selector: { id: removed.tickets.map((t) => t.id) },
        data: { inbox_id: null },
      })
    }
    await helpdesk.softDeleteHelpdeskInboxes(ids)
    return new StepResponse(undefined, removed)
  },
  async (removed, { container }) => {
    if (!removed) {
      return
    }
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    await helpdesk.restoreHelpdeskInboxes(removed.inbox_ids)
    if (removed.tickets.length) {
      await helpdesk.updateHelpdeskTickets(removed.tickets)
    }
  }
)
