import type { IUserModuleService } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"

export type ValidateTeamMembersStepInput = { user_ids: string[] }

export const validateTeamMembersStepId = "validate-helpdesk-team-members"
/**
 * This step checks that every member given to a team is an existing Medusa user.
 */
export const validateTeamMembersStep = createStep(
  validateTeamMembersStepId,
  async ({ user_ids }: ValidateTeamMembersStepInput, { container }) => {
    const wanted = [...new Set(user_ids)]
    if (!wanted.length) {
      return
    }

    const userModule = container.resolve<IUserModuleService>(Modules.USER)
    const users = await userModule.listUsers({ id: wanted }, { select: ["id"] })
    const found = new Set(users.map((u) => u.id))
    const missing = wanted.filter((id) => !found.has(id))

    if (missing.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `member_ids: no Medusa user has the id ${missing
          .map((id) => `"${id}"`)
          .join(
            ", "
          )}. Choose members among the users listed in Settings → Users.`
      )
    }
  }
)
