import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import * as QueryConfig from "./query-config"
import {
  AdminCreateContact,
  AdminGetContactParams,
  AdminGetContactsParams,
  AdminUpdateContact,
} from "./validators"

export const adminContactRoutesMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/helpdesk/contacts",
    middlewares: [
      validateAndTransformQuery(
        AdminGetContactsParams,
        QueryConfig.listContactTransformQueryConfig
      ),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/helpdesk/contacts",
    middlewares: [
      validateAndTransformBody(AdminCreateContact),
      validateAndTransformQuery(
        AdminGetContactParams,
        QueryConfig.retrieveContactTransformQueryConfig
      ),
    ],
  },
  {
    methods: ["GET"],
    matcher: "/admin/helpdesk/contacts/:id",
    middlewares: [
      validateAndTransformQuery(
        AdminGetContactParams,
        QueryConfig.retrieveContactTransformQueryConfig
      ),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/helpdesk/contacts/:id",
    middlewares: [
      validateAndTransformBody(AdminUpdateContact),
      validateAndTransformQuery(
        AdminGetContactParams,
        QueryConfig.retrieveContactTransformQueryConfig
      ),
    ],
  },
]
