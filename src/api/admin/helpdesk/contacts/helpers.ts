import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"

export async function refetchContact(
  id: string,
  scope: MedusaContainer,
  fields: string[]
): Promise<Record<string, unknown>> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [contact],
  } = await query.graph({ entity: "helpdesk_contact", fields, filters: { id } })

  if (!contact) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Contact "${id}" was not found.`
    )
  }
  return contact
}
