import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import * as QueryConfig from "./query-config"
import {
  AdminCreateTeam,
  AdminGetTeamParams,
  AdminGetTeamsParams,
  AdminUpdateTeam,
} from "./validators"

export const adminTeamRoutesMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/helpdesk/teams",
    middlewares: [
      validateAndTransformQuery(
        AdminGetTeamsParams,
        QueryConfig.listTeamTransformQueryConfig
      ),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/helpdesk/teams",
    middlewares: [
      validateAndTransformBody(AdminCreateTeam),
      validateAndTransformQuery(
        AdminGetTeamParams,
        QueryConfig.retrieveTeamTransformQueryConfig
      ),
    ],
  },
  {
    methods: ["GET"],
    matcher: "/admin/helpdesk/teams/:id",
    middlewares: [
      validateAndTransformQuery(
        AdminGetTeamParams,
        QueryConfig.retrieveTeamTransformQueryConfig
      ),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/helpdesk/teams/:id",
    middlewares: [
      validateAndTransformBody(AdminUpdateTeam),
      validateAndTransformQuery(
        AdminGetTeamParams,
        QueryConfig.retrieveTeamTransformQueryConfig
      ),
    ],
  },
]
