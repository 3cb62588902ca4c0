import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { deleteContactsWorkflow } from "../../../../../workflows/contacts/workflows/delete-contacts"
import { updateContactsWorkflow } from "../../../../../workflows/contacts/workflows/update-contacts"
import { refetchContact } from "../helpers"
import type { AdminUpdateContactType } from "../validators"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const contact = await refetchContact(
    req.params.id,
    req.scope,
    req.queryConfig.fields
  )
  res.json({ contact })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateContactType>,
  res: MedusaResponse
) => {
  await updateContactsWorkflow(req.scope).run({
    input: { contacts: [{ ...req.validatedBody, id: req.params.id }] },
  })

  const contact = await refetchContact(
    req.params.id,
    req.scope,
    req.queryConfig.fields
  )
  res.json({ contact })
}

export const DELETE = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  await deleteContactsWorkflow(req.scope).run({
    input: { ids: [req.params.id] },
  })

  res.json({ id: req.params.id, object: "contact", deleted: true })
}
