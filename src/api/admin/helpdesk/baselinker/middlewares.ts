import {
  type MiddlewareRoute,
  validateAndTransformBody,
} from "@medusajs/framework/http"
import { AdminSetBaselinkerOrderStatus } from "./validators"

export const adminBaselinkerRoutesMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/admin/helpdesk/tickets/:id/baselinker-orders/:order_id/status",
    middlewares: [validateAndTransformBody(AdminSetBaselinkerOrderStatus)],
  },
]
