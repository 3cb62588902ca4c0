import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { deleteTasksWorkflow } from "../../../../../workflows/tasks/workflows/delete-tasks"
import { updateTasksWorkflow } from "../../../../../workflows/tasks/workflows/update-tasks"
import { refetchTask } from "../helpers"
import type { AdminUpdateTaskType } from "../validators"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const task = await refetchTask(
    req.params.id,
    req.scope,
    req.queryConfig.fields,
    req.auth_context.actor_id
  )
  res.json({ task })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateTaskType>,
  res: MedusaResponse
) => {
  await updateTasksWorkflow(req.scope).run({
    input: {
      tasks: [{ ...req.validatedBody, id: req.params.id }],
      user_id: req.auth_context.actor_id,
    },
  })

  const task = await refetchTask(
    req.params.id,
    req.scope,
    req.queryConfig.fields,
    req.auth_context.actor_id
  )
  res.json({ task })
}

export const DELETE = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  await deleteTasksWorkflow(req.scope).run({
    input: { ids: [req.params.id], user_id: req.auth_context.actor_id },
  })

  res.json({ id: req.params.id, object: "task", deleted: true })
}
