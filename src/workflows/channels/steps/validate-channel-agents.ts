import type { IUserModuleService } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"

export type ValidateChannelAgentsStepInput = { user_ids: string[] }

export const validateChannelAgentsStepId = "validate-helpdesk-channel-agents"
/**
 * This step checks that every agent given to a channel is an existing Medusa user.
 */
export const validateChannelAgentsStep = createStep(
  validateChannelAgentsStepId,
  async ({ user_ids }: ValidateChannelAgentsStepInput, { container }) => {
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
        `agent_ids: no Medusa user has the id ${missing
          .map((id) => `"${id}"`)
          .join(
            ", "
          )}. Choose agents among the users listed in Settings → Users.`
      )
    }
  }
)
