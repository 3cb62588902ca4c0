import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import * as QueryConfig from "./query-config"
import {
  AdminCreateInbox,
  AdminGetInboxParams,
  AdminGetInboxesParams,
  AdminUpdateInbox,
} from "./validators"

export const adminInboxRoutesMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/helpdesk/inboxes",
    middlewares: [
      validateAndTransformQuery(
        AdminGetInboxesParams,
        QueryConfig.listInboxTransformQueryConfig
      ),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/helpdesk/inboxes",
    middlewares: [
      validateAndTransformBody(AdminCreateInbox),
      validateAndTransformQuery(
        AdminGetInboxParams,
        QueryConfig.retrieveInboxTransformQueryConfig
      ),
    ],
  },
  {
    methods: ["GET"],
    matcher: "/admin/helpdesk/inboxes/:id",
    middlewares: [
      validateAndTransformQuery(
        AdminGetInboxParams,
        QueryConfig.retrieveInboxTransformQueryConfig
      ),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/helpdesk/inboxes/:id",
    middlewares: [
      validateAndTransformBody(AdminUpdateInbox),
      validateAndTransformQuery(
        AdminGetInboxParams,
        QueryConfig.retrieveInboxTransformQueryConfig
      ),
    ],
  },
]
