import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import { assertUsersExist } from "../../common/utils/assert-users-exist"
import { missingIds, quoteIds } from "../../common/utils/ids"

export type ValidateTicketUpdateStepInput = {
  assignee_id?: string | null
  team_id?: string | null
  inbox_id?: string
  tag_ids?: string[]
  follower_ids?: string[]
}

export const validateTicketUpdateStepId = "validate-helpdesk-ticket-update"
/**
 * This step checks that every user, team, inbox and tag a ticket update refers to exists,
 * naming the first field that does not.
 */
export const validateTicketUpdateStep = createStep(
  validateTicketUpdateStepId,
  async (input: ValidateTicketUpdateStepInput, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)

    await assertUsersExist(container, [
      {
        field: "assignee_id",
        user_ids: input.assignee_id ? [input.assignee_id] : [],
        hint: "Assign the ticket to one of the users listed in Settings → Users.",
      },
      {
        field: "follower_ids",
        user_ids: input.follower_ids ?? [],
        hint: "Choose followers among the users listed in Settings → Users.",
      },
    ])

    if (input.team_id) {
      const teams = await helpdesk.listHelpdeskTeams(
        { id: input.team_id },
        { select: ["id"] }
      )
      if (!teams.length) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `team_id: there is no team with the id "${input.team_id}". Choose one of the teams in Settings → Helpdesk → Teams.`
        )
      }
    }

    if (input.inbox_id) {
      const inboxes = await helpdesk.listHelpdeskInboxes(
        { id: input.inbox_id },
        { select: ["id"] }
      )
      if (!inboxes.length) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `inbox_id: there is no inbox with the id "${input.inbox_id}". Choose one of the inboxes in Settings → Helpdesk → Inboxes.`
        )
      }
    }

    if (input.tag_ids?.length) {
      const tags = await helpdesk.listHelpdeskTags(
        { id: [...new Set(input.tag_ids)] },
        { select: ["id"] }
      )
      const unknownTags = missingIds(input.tag_ids, tags)
      if (unknownTags.length) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `tag_ids: there is no tag with the id ${quoteIds(unknownTags)}. Create the tag in Settings → Helpdesk → Tags first.`
        )
      }
    }
  }
)
