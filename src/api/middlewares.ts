import {
  defineMiddlewares,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import type { Server } from "node:http"
import { registerAgentNamespace } from "../realtime/agent-namespace"
import { getRealtime, type Realtime } from "../realtime/server"
import { registerVisitorNamespace } from "../realtime/visitor-namespace"
import { REALTIME_PATH } from "../types/realtime"
import { adminAutomationRuleRoutesMiddlewares } from "./admin/helpdesk/automation-rules/middlewares"
import { adminBaselinkerRoutesMiddlewares } from "./admin/helpdesk/baselinker/middlewares"
import { adminChannelRoutesMiddlewares } from "./admin/helpdesk/channels/middlewares"
import { adminTicketRoutesMiddlewares } from "./admin/helpdesk/tickets/middlewares"
import { adminContactRoutesMiddlewares } from "./admin/helpdesk/contacts/middlewares"
import { adminInboxRoutesMiddlewares } from "./admin/helpdesk/inboxes/middlewares"
import { adminProjectRoutesMiddlewares } from "./admin/helpdesk/projects/middlewares"
import { adminTagRoutesMiddlewares } from "./admin/helpdesk/tags/middlewares"
import { adminTaskRoutesMiddlewares } from "./admin/helpdesk/tasks/middlewares"
import { adminTeamRoutesMiddlewares } from "./admin/helpdesk/teams/middlewares"
import { helpdeskPublicRoutesMiddlewares } from "./helpdesk/middlewares"
import {
  malformedPathErrorHandler,
  refuseUnstorableRequest,
  STORABLE_REQUEST_PREFIXES,
} from "./utils/storable-request"
import { refuseHelpdeskFields } from "./utils/helpdesk-fields-guard"

/**
 * socket.io shares Medusa's port. Medusa hands plugins no server, so the first request
 * attaches it to the server that request came in on; until then a socket.io request that
 * reached Express is handed to the engine directly.
 */
function attachRealtime(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  const server = (req.socket as { server?: Server }).server
  if (!server) {
    return next()
  }
  const realtime = getRealtime(req.scope)
  if (!realtime.isAttached(server)) {
    realtime.installHandlers(installHandlers)
    realtime.attach(server)
    if (req.originalUrl.startsWith(`${REALTIME_PATH}/`)) {
      // engine.io's own handler takes over the request from here
      ;(
        realtime.io.engine as unknown as {
          handleRequest(q: unknown, s: unknown): void
        }
      ).handleRequest(req, res)
      return
    }
  }
  next()
}

function installHandlers(realtime: Realtime) {
  registerVisitorNamespace(realtime)
  registerAgentNamespace(realtime)
}

export default defineMiddlewares({
  errorHandler: malformedPathErrorHandler,
  routes: [
    // "/" rather than "*": a "*" is a path parameter, and decoding it throws on "%ZZ"
    { matcher: "/", middlewares: [attachRealtime, refuseHelpdeskFields] },
    ...STORABLE_REQUEST_PREFIXES.map((matcher) => ({
      matcher,
      middlewares: [refuseUnstorableRequest],
    })),
    { matcher: `${REALTIME_PATH}*`, bodyParser: false },
    ...adminChannelRoutesMiddlewares,
    ...adminTicketRoutesMiddlewares,
    ...adminBaselinkerRoutesMiddlewares,
    ...adminTagRoutesMiddlewares,
    ...adminTeamRoutesMiddlewares,
    ...adminInboxRoutesMiddlewares,
    ...adminContactRoutesMiddlewares,
    ...adminProjectRoutesMiddlewares,
    ...adminTaskRoutesMiddlewares,
    ...adminAutomationRuleRoutesMiddlewares,
    ...helpdeskPublicRoutesMiddlewares,
  ],
})
