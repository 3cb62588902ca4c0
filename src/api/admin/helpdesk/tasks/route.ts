import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createTasksWorkflow } from "../../../../workflows/tasks/workflows/create-tasks"
import { accessibleTasksFilter, refetchTask } from "./helpers"
import type { AdminCreateTaskType, AdminGetTasksParamsType } from "./validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetTasksParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const access = await accessibleTasksFilter(
    req.scope,
    req.auth_context.actor_id
  )
  const { data: tasks, metadata } = await query.graph({
    entity: "helpdesk_task",
    fields: req.queryConfig.fields,
    // `q` is only understood at the top level, so the access rule is merged in beside it
    filters: { ...req.filterableFields, ...access },
    pagination: req.queryConfig.pagination,
  })

  res.json({
    tasks,
    count: metadata?.count ?? tasks.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? tasks.length,
  })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateTaskType>,
  res: MedusaResponse
) => {
  const { result } = await createTasksWorkflow(req.scope).run({
    input: { tasks: [req.validatedBody], user_id: req.auth_context.actor_id },
  })

  const task = await refetchTask(
    result[0].id,
    req.scope,
    req.queryConfig.fields,
    req.auth_context.actor_id
  )
  res.json({ task })
}
