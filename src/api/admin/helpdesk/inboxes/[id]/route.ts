import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { deleteInboxesWorkflow } from "../../../../../workflows/inboxes/workflows/delete-inboxes"
import { updateInboxesWorkflow } from "../../../../../workflows/inboxes/workflows/update-inboxes"
import { refetchInbox } from "../helpers"
import type { AdminUpdateInboxType } from "../validators"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const inbox = await refetchInbox(
    req.params.id,
    req.scope,
    req.queryConfig.fields,
    req.auth_context.actor_id
  )
  res.json({ inbox })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateInboxType>,
  res: MedusaResponse
) => {
  await updateInboxesWorkflow(req.scope).run({
    input: { inboxes: [{ ...req.validatedBody, id: req.params.id }] },
  })

  const inbox = await refetchInbox(
    req.params.id,
    req.scope,
    req.queryConfig.fields,
    req.auth_context.actor_id
  )
  res.json({ inbox })
}

export const DELETE = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  await deleteInboxesWorkflow(req.scope).run({
    input: { ids: [req.params.id] },
  })

  res.json({ id: req.params.id, object: "inbox", deleted: true })
}
