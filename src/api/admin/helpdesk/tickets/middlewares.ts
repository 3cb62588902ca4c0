import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { receiveAttachmentFiles } from "../../../utils/attachments"
import { limitAgent } from "../../../utils/rate-limits"
import { requireTicketAccess } from "./helpers"
import * as QueryConfig from "./query-config"
import {
  AdminAddTicketContact,
  AdminCloseTicket,
  AdminCreateTicket,
  AdminGetTicketOrders,
  AdminGetTicketMessages,
  AdminGetTicketParams,
  AdminGetTicketsParams,
  AdminLinkTicketOrder,
  AdminPostTicketMessage,
  AdminSkipAutoresponder,
  AdminUpdateTicket,
} from "./validators"

/**
 * The detail's `fields`, checked (against the allow-list) before the route runs: a route that
 * changes the ticket must not write and then refuse to answer.
 */
const retrieveQuery = [
  validateAndTransformQuery(
    AdminGetTicketParams,
    QueryConfig.retrieveTicketTransformQueryConfig
  ),
]

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
    middlewares: [...retrieveQuery],
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
    middlewares: [
      validateAndTransformQuery(AdminGetTicketMessages, {}),
      limitAgent("replays", "agent:"),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/helpdesk/tickets/:id/messages",
    middlewares: [
      validateAndTransformBody(AdminPostTicketMessage),
      limitAgent("agentMessages"),
    ],
  },
  {
    methods: ["GET"],
    matcher: "/admin/helpdesk/tickets/:id/orders",
    middlewares: [validateAndTransformQuery(AdminGetTicketOrders, {})],
  },
  {
    methods: ["POST"],
    matcher: "/admin/helpdesk/tickets/:id/orders",
    middlewares: [validateAndTransformBody(AdminLinkTicketOrder)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/helpdesk/tickets/:id/attachments",
    // access first: a file for a ticket one may not work is not even read
    middlewares: [
      requireTicketAccess,
      limitAgent("agentMessages", "attachments:"),
      receiveAttachmentFiles,
    ],
  },
]
