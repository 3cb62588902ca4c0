import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import * as QueryConfig from "./query-config"
import {
  AdminCreateTask,
  AdminGetTaskParams,
  AdminGetTasksParams,
  AdminUpdateTask,
} from "./validators"

export const adminTaskRoutesMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/helpdesk/tasks",
    middlewares: [
      validateAndTransformQuery(
        AdminGetTasksParams,
        QueryConfig.listTaskTransformQueryConfig
      ),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/helpdesk/tasks",
    middlewares: [
      validateAndTransformBody(AdminCreateTask),
      validateAndTransformQuery(
        AdminGetTaskParams,
        QueryConfig.retrieveTaskTransformQueryConfig
      ),
    ],
  },
  {
    methods: ["GET"],
    matcher: "/admin/helpdesk/tasks/:id",
    middlewares: [
      validateAndTransformQuery(
        AdminGetTaskParams,
        QueryConfig.retrieveTaskTransformQueryConfig
      ),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/helpdesk/tasks/:id",
    middlewares: [
      validateAndTransformBody(AdminUpdateTask),
      validateAndTransformQuery(
        AdminGetTaskParams,
        QueryConfig.retrieveTaskTransformQueryConfig
      ),
    ],
  },
]
