import {
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import {
  AdminCreateAutomationRule,
  AdminGetAutomationRulesParams,
  AdminReorderAutomationRules,
  AdminTestAutomationRule,
  AdminUpdateAutomationRule,
} from "./validators"

const validateUpdate = validateAndTransformBody(AdminUpdateAutomationRule)

/**
 * `/automation-rules/:id` also matches `/automation-rules/reorder`, whose own validator runs;
 * the update's must not refuse its body.
 */
function validateUpdateUnlessReorder(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  if (req.originalUrl.split("?")[0].replace(/\/+$/, "").endsWith("/reorder")) {
    return next()
  }
  return validateUpdate(req, res, next)
}

export const adminAutomationRuleRoutesMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/helpdesk/automation-rules",
    middlewares: [
      validateAndTransformQuery(AdminGetAutomationRulesParams, {
        defaults: ["id"],
        isList: true,
        defaultLimit: 50,
      }),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/helpdesk/automation-rules",
    middlewares: [validateAndTransformBody(AdminCreateAutomationRule)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/helpdesk/automation-rules/reorder",
    middlewares: [validateAndTransformBody(AdminReorderAutomationRules)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/helpdesk/automation-rules/:id",
    middlewares: [validateUpdateUnlessReorder],
  },
  {
    methods: ["POST"],
    matcher: "/admin/helpdesk/automation-rules/:id/test",
    middlewares: [validateAndTransformBody(AdminTestAutomationRule)],
  },
]
