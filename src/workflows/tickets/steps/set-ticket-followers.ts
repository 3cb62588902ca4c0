import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export type SetTicketFollowersStepInput = {
  ticket_id: string
  /** the ticket's complete list of following users */
  user_ids: string[]
}

async function replaceFollowers(
  helpdesk: HelpdeskModuleService,
  ticketId: string,
  userIds: string[]
): Promise<void> {
  const current = await helpdesk.listHelpdeskTicketFollowers(
    { ticket_id: ticketId },
    { select: ["id", "user_id"] }
  )
  const wanted = new Set(userIds)
  const have = new Set(current.map((f) => f.user_id))

  const stale = current.filter((f) => !wanted.has(f.user_id)).map((f) => f.id)
  if (stale.length) {
    await helpdesk.deleteHelpdeskTicketFollowers(stale)
  }
  const fresh = [...wanted].filter((userId) => !have.has(userId))
  if (fresh.length) {
    await helpdesk.createHelpdeskTicketFollowers(
      fresh.map((user_id) => ({ ticket_id: ticketId, user_id }))
    )
  }
}

export const setTicketFollowersStepId = "set-helpdesk-ticket-followers"
/**
 * This step replaces a ticket's followers, remembering the previous list to restore it.
 */
export const setTicketFollowersStep = createStep(
  setTicketFollowersStepId,
  async (
    { ticket_id, user_ids }: SetTicketFollowersStepInput,
    { container }
  ) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const current = await helpdesk.listHelpdeskTicketFollowers(
      { ticket_id },
      { select: ["user_id"] }
    )
    const before: SetTicketFollowersStepInput = {
      ticket_id,
      user_ids: current.map((f) => f.user_id),
    }
    await replaceFollowers(helpdesk, ticket_id, user_ids)
    return new StepResponse(undefined, before)
  },
  async (before, { container }) => {
    if (!before) {
      return
    }
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    await replaceFollowers(helpdesk, before.ticket_id, before.user_ids)
  }
)
