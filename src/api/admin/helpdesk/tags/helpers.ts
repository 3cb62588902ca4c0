import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"

export async function refetchTag(
  id: string,
  scope: MedusaContainer,
  fields: string[]
): Promise<Record<string, unknown>> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [tag],
  } = await query.graph({ entity: "helpdesk_tag", fields, filters: { id } })

  if (!tag) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Tag "${id}" was not found.`
    )
  }
  return tag
}
