import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import * as QueryConfig from "./query-config"
import {
  AdminCreateTag,
  AdminGetTagParams,
  AdminGetTagsParams,
  AdminUpdateTag,
} from "./validators"

export const adminTagRoutesMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/helpdesk/tags",
    middlewares: [
      validateAndTransformQuery(
        AdminGetTagsParams,
        QueryConfig.listTagTransformQueryConfig
      ),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/helpdesk/tags",
    middlewares: [
      validateAndTransformBody(AdminCreateTag),
      validateAndTransformQuery(
        AdminGetTagParams,
        QueryConfig.retrieveTagTransformQueryConfig
      ),
    ],
  },
  {
    methods: ["GET"],
    matcher: "/admin/helpdesk/tags/:id",
    middlewares: [
      validateAndTransformQuery(
        AdminGetTagParams,
        QueryConfig.retrieveTagTransformQueryConfig
      ),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/helpdesk/tags/:id",
    middlewares: [
      validateAndTransformBody(AdminUpdateTag),
      validateAndTransformQuery(
        AdminGetTagParams,
        QueryConfig.retrieveTagTransformQueryConfig
      ),
    ],
  },
]
