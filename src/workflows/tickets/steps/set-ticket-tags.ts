import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import { type LinkStore, replaceLinks } from "../../common/utils/replace-links"

export type SetTicketTagsStepInput = {
  ticket_id: string
  /** the ticket's complete tag list */
  tag_ids: string[]
}

function ticketTags(container: MedusaContainer): LinkStore {
  const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  return {
    list: async (ticket_id) =>
      (
        await helpdesk.listHelpdeskTicketTags(
          { ticket_id },
          { select: ["id", "tag_id"] }
        )
      ).map((t) => ({ id: t.id, target_id: t.tag_id })),
    remove: (ids) => helpdesk.deleteHelpdeskTicketTags(ids),
    add: (ticket_id, tagIds) =>
      helpdesk.createHelpdeskTicketTags(
        tagIds.map((tag_id) => ({ ticket_id, tag_id }))
      ),
  }
}

export const setTicketTagsStepId = "set-helpdesk-ticket-tags"
/**
 * This step replaces a ticket's tags, remembering the previous list to restore it.
 */
export const setTicketTagsStep = createStep(
  setTicketTagsStepId,
  async ({ ticket_id, tag_ids }: SetTicketTagsStepInput, { container }) => {
    const before: SetTicketTagsStepInput = {
      ticket_id,
      tag_ids: await replaceLinks(ticketTags(container), ticket_id, tag_ids),
    }
    return new StepResponse(undefined, before)
  },
  async (before, { container }) => {
    if (before) {
      await replaceLinks(
        ticketTags(container),
        before.ticket_id,
        before.tag_ids
      )
    }
  }
)
