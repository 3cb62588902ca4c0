import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createContactsWorkflow } from "../../../../workflows/contacts/workflows/create-contacts"
import { refetchContact } from "./helpers"
import type {
  AdminCreateContactType,
  AdminGetContactsParamsType,
} from "./validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetContactsParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: contacts, metadata } = await query.graph({
    entity: "helpdesk_contact",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })

  res.json({
    contacts,
    count: metadata?.count ?? contacts.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? contacts.length,
  })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateContactType>,
  res: MedusaResponse
) => {
  const { result } = await createContactsWorkflow(req.scope).run({
    input: { contacts: [req.validatedBody] },
  })

  const contact = await refetchContact(
    result[0].id,
    req.scope,
    req.queryConfig.fields
  )
  res.json({ contact })
}
