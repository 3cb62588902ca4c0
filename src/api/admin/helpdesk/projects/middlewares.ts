import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import * as QueryConfig from "./query-config"
import {
  AdminCreateProject,
  AdminGetProjectParams,
  AdminGetProjectsParams,
  AdminUpdateProject,
} from "./validators"

export const adminProjectRoutesMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/helpdesk/projects",
    middlewares: [
      validateAndTransformQuery(
        AdminGetProjectsParams,
        QueryConfig.listProjectTransformQueryConfig
      ),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/helpdesk/projects",
    middlewares: [
      validateAndTransformBody(AdminCreateProject),
      validateAndTransformQuery(
        AdminGetProjectParams,
        QueryConfig.retrieveProjectTransformQueryConfig
      ),
    ],
  },
  {
    methods: ["GET"],
    matcher: "/admin/helpdesk/projects/:id",
    middlewares: [
      validateAndTransformQuery(
        AdminGetProjectParams,
        QueryConfig.retrieveProjectTransformQueryConfig
      ),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/helpdesk/projects/:id",
    middlewares: [
      validateAndTransformBody(AdminUpdateProject),
      validateAndTransformQuery(
        AdminGetProjectParams,
        QueryConfig.retrieveProjectTransformQueryConfig
      ),
    ],
  },
]
