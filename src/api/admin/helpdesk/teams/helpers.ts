import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"

export async function refetchTeam(
  id: string,
  scope: MedusaContainer,
  fields: string[]
): Promise<Record<string, unknown>> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [team],
  } = await query.graph({ entity: "helpdesk_team", fields, filters: { id } })

  if (!team) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Team "${id}" was not found.`
    )
  }
  return team
}
