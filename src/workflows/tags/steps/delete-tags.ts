import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export type DeleteTagsStepInput = { ids: string[] }

type Removed = { tag_ids: string[]; ticket_tag_ids: string[] }

export const deleteTagsStepId = "delete-helpdesk-tags"
/**
 * This step soft-deletes tags and takes them off every ticket; compensation restores both.
 */
export const deleteTagsStep = createStep(
  deleteTagsStepId,
  async ({ ids }: DeleteTagsStepInput, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const links = await helpdesk.listHelpdeskTicketTags(
      { tag_id: ids },
      { select: ["id"] }
    )
    const removed: Removed = {
      tag_ids: ids,
      ticket_tag_ids: links.map((l) => l.id),
    }

    if (removed.ticket_tag_ids.length) {
      await helpdesk.softDeleteHelpdeskTicketTags(removed.ticket_tag_ids)
    }
    await helpdesk.softDeleteHelpdeskTags(ids)
    return new StepResponse(undefined, removed)
  },
  async (removed, { container }) => {
    if (!removed) {
      return
    }
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    await helpdesk.restoreHelpdeskTags(removed.tag_ids)
    if (removed.ticket_tag_ids.length) {
      await helpdesk.restoreHelpdeskTicketTags(removed.ticket_tag_ids)
    }
  }
)
