import {
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { checkTicketFields } from "./helpers"
import * as QueryConfig from "./query-config"
import {
  AdminAddTicketContact,
  AdminCloseTicket,
  AdminCreateTicket,
  AdminGetTicketMessages,
  AdminGetTicketParams,
  AdminGetTicketsParams,
  AdminPostTicketMessage,
  AdminSkipAutoresponder,
  AdminUpdateTicket,
} from "./validators"

const parseRetrieveQuery = validateAndTransformQuery(
  AdminGetTicketParams,
  QueryConfig.retrieveTicketTransformQueryConfig
)

/** The ticket's `fields`, checked before a route writes anything. */
function checkFields(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  try {
    checkTicketFields(req.queryConfig.fields)
    next()
  } catch (e) {
    next(e)
  }
}

const retrieveQuery = [parseRetrieveQuery, checkFields]

export const adminTicketRoutesMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/helpdesk/tickets",
    middlewares: [
      validateAndTransformQuery(
        AdminGetTicketsParams,
        QueryConfig.listTicketTransformQueryConfig
      ),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/helpdesk/tickets",
    middlewares: [
      validateAndTransformBody(AdminCreateTicket),
      ...retrieveQuery,
    ],
  },
  {
    methods: ["GET"],
    matcher: "/admin/helpdesk/tickets/:id",
    middlewares: retrieveQuery,
  },
  {
    methods: ["POST"],
    matcher: "/admin/helpdesk/tickets/:id",
    middlewares: [
      validateAndTransformBody(AdminUpdateTicket),
      ...retrieveQuery,
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/helpdesk/tickets/:id/close",
    middlewares: [validateAndTransformBody(AdminCloseTicket), ...retrieveQuery],
  },
  {
    methods: ["POST"],
    matcher: "/admin/helpdesk/tickets/:id/add-contact",
    middlewares: [
      validateAndTransformBody(AdminAddTicketContact),
      ...retrieveQuery,
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/helpdesk/tickets/:id/skip-autoresponder",
    middlewares: [
      validateAndTransformBody(AdminSkipAutoresponder),
      ...retrieveQuery,
    ],
  },
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
