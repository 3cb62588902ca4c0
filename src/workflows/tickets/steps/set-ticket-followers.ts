import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import { type LinkStore, replaceLinks } from "../../common/utils/replace-links"

export type SetTicketFollowersStepInput = {
  ticket_id: string
  /** the ticket's complete list of following users */
  user_ids: string[]
}

function ticketFollowers(container: MedusaContainer): LinkStore {
  const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  return {
    list: async (ticket_id) =>
      (
        await helpdesk.listHelpdeskTicketFollowers(
          { ticket_id },
          { select: ["id", "user_id"] }
        )
      ).map((f) => ({ id: f.id, target_id: f.user_id })),
    remove: (ids) => helpdesk.deleteHelpdeskTicketFollowers(ids),
    add: (ticket_id, userIds) =>
      helpdesk.createHelpdeskTicketFollowers(
        userIds.map((user_id) => ({ ticket_id, user_id }))
      ),
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
    const before: SetTicketFollowersStepInput = {
      ticket_id,
      user_ids: await replaceLinks(
        ticketFollowers(container),
        ticket_id,
        user_ids
      ),
    }
    return new StepResponse(undefined, before)
  },
  async (before, { container }) => {
    if (before) {
      await replaceLinks(
        ticketFollowers(container),
        before.ticket_id,
        before.user_ids
      )
    }
  }
)
