import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"

export async function refetchInbox(
  id: string,
  scope: MedusaContainer,
  fields: string[]
): Promise<Record<string, unknown>> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [inbox],
  } = await query.graph({ entity: "helpdesk_inbox", fields, filters: { id } })

  if (!inbox) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Inbox "${id}" was not found.`
    )
  }
  return inbox
}
