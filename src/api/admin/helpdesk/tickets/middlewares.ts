import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { AdminGetTicketMessages, AdminPostTicketMessage } from "./validators"

export const adminTicketRoutesMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/helpdesk/tickets/:id/messages",
    middlewares: [validateAndTransformQuery(AdminGetTicketMessages, {})],
  },
  {
    methods: ["POST"],
    matcher: "/admin/helpdesk/tickets/:id/messages",
    middlewares: [validateAndTransformBody(AdminPostTicketMessage)],
  },
]
