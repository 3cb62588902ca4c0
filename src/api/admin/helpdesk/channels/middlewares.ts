import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import * as QueryConfig from "./query-config"
import {
  AdminCreateChannel,
  AdminGetChannelParams,
  AdminGetChannelsParams,
  AdminUpdateChannel,
} from "./validators"

export const adminChannelRoutesMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/helpdesk/channels",
    middlewares: [
      validateAndTransformQuery(
        AdminGetChannelsParams,
        QueryConfig.listChannelTransformQueryConfig
      ),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/helpdesk/channels",
    middlewares: [
      validateAndTransformBody(AdminCreateChannel),
      validateAndTransformQuery(
        AdminGetChannelParams,
        QueryConfig.retrieveChannelTransformQueryConfig
      ),
    ],
  },
  {
    methods: ["GET"],
    matcher: "/admin/helpdesk/channels/:id",
    middlewares: [
      validateAndTransformQuery(
        AdminGetChannelParams,
        QueryConfig.retrieveChannelTransformQueryConfig
      ),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/helpdesk/channels/:id",
    middlewares: [
      validateAndTransformBody(AdminUpdateChannel),
      validateAndTransformQuery(
        AdminGetChannelParams,
        QueryConfig.retrieveChannelTransformQueryConfig
      ),
    ],
  },
]
