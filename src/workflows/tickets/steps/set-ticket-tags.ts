import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export type SetTicketTagsStepInput = {
  ticket_id: string
  /** the ticket's complete tag list */
  tag_ids: string[]
}

async function replaceTags(
  helpdesk: HelpdeskModuleService,
  ticketId: string,
  tagIds: string[]
): Promise<void> {
  const current = await helpdesk.listHelpdeskTicketTags(
    { ticket_id: ticketId },
    { select: ["id", "tag_id"] }
  )
  const wanted = new Set(tagIds)
  const have = new Set(current.map((t) => t.tag_id))

  const stale = current.filter((t) => !wanted.has(t.tag_id)).map((t) => t.id)
  if (stale.length) {
    await helpdesk.deleteHelpdeskTicketTags(stale)
  }
  const fresh = [...wanted].filter((tagId) => !have.has(tagId))
  if (fresh.length) {
    await helpdesk.createHelpdeskTicketTags(
      fresh.map((tag_id) => ({ ticket_id: ticketId, tag_id }))
    )
  }
}

export const setTicketTagsStepId = "set-helpdesk-ticket-tags"
/**
 * This step replaces a ticket's tags, remembering the previous list to restore it.
 */
export const setTicketTagsStep = createStep(
  setTicketTagsStepId,
  async ({ ticket_id, tag_ids }: SetTicketTagsStepInput, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const current = await helpdesk.listHelpdeskTicketTags(
      { ticket_id },
      { select: ["tag_id"] }
    )
    const before: SetTicketTagsStepInput = {
      ticket_id,
      tag_ids: current.map((t) => t.tag_id),
    }
    await replaceTags(helpdesk, ticket_id, tag_ids)
    return new StepResponse(undefined, before)
  },
  async (before, { container }) => {
    if (!before) {
      return
    }
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    await replaceTags(helpdesk, before.ticket_id, before.tag_ids)
  }
)
