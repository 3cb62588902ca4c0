import {
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { HELPDESK_MODULE } from "../../modules/helpdesk"
import type HelpdeskModuleService from "../../modules/helpdesk/service"
import { RateLimitedError } from "../../realtime/errors"
import { enforceLimit } from "../../realtime/limits"
import { getRealtime } from "../../realtime/server"
import {
  limitVisitorReplay,
  type VisitorClaims,
} from "../../realtime/visitor-namespace"
import { isOriginAllowed } from "../../utils/channel-origins"
import { clientIp } from "../../utils/client-ip"
import { receiveAttachmentFiles } from "../utils/attachments"
import { tooManyRequests, withLimit } from "../utils/rate-limits"
import {
  ContinueConversation,
  GetVisitorMessages,
  PostVisitorMessage,
  StartConversation,
} from "./validators"

export type VisitorRequest = MedusaRequest & {
  visitor?: VisitorClaims & { token: string }
}

const forbiddenOrigin = (res: MedusaResponse) =>
  res.status(403).json({
    type: "not_allowed",
    message:
      "This website is not allowed to use this chat. Add it as the channel's store URL.",
  })

/** Answers CORS for the widget API: only the channel's store origin (and configured extras). */
function corsForChannel(
  resolveChannelId: (req: VisitorRequest) => string | null | undefined
) {
  return async (
    req: VisitorRequest,
    res: MedusaResponse,
    next: MedusaNextFunction
  ) => {
    const origin = req.headers.origin
    if (!origin) {
      return next()
    }
    const channelId = resolveChannelId(req)
    // Without a valid token there is no channel to ask; the 401 that follows is still readable.
    const allowed = channelId
      ? await isOriginAllowed(req.scope, channelId, origin)
      : true
    if (!allowed) {
      return forbiddenOrigin(res)
    }
    res.setHeader("Access-Control-Allow-Origin", origin)
    res.setHeader("Vary", "Origin")
    res.setHeader("Access-Control-Expose-Headers", "Retry-After")
    if (req.method === "OPTIONS") {
      res.setHeader("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
      res.setHeader(
        "Access-Control-Allow-Headers",
        "Content-Type, Authorization"
      )
      res.setHeader("Access-Control-Max-Age", "600")
      return res.status(204).end()
    }
    next()
  }
}

/** Reads the visitor token; a conversation route answers 401 without a valid one. */
function readVisitorToken(
  req: VisitorRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const header = req.headers.authorization ?? ""
  const token = header.startsWith("Bearer ") ? header.slice(7).trim() : ""
  const helpdesk = req.scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const claims = helpdesk.verifyToken<VisitorClaims>("visitor", token)
  if (claims) {
    req.visitor = { ...claims, token }
  }
  next()
}

function requireVisitor(
  req: VisitorRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  if (!req.visitor || req.visitor.t !== req.params.id) {
    // the same answer for a bad token and for someone else's conversation
    return res
      .status(404)
      .json({ type: "not_found", message: "This conversation was not found." })
  }
  next()
}

/** The address per-IP limits count for this request (see the trustedProxyHops option). */
export function requestIp(req: MedusaRequest): string {
  const helpdesk = req.scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  return clientIp(
    req.socket.remoteAddress,
    req.headers["x-forwarded-for"],
    helpdesk.getTrustedProxyHops()
  )
}

/**
 * New chats per address and channel. Runs after validation, and a start that still fails
 * (unknown or closed channel, bad identity token, blocked contact) gives its hit back: only
 * conversations that were started spend the quota.
 */
async function limitConversations(
  req: VisitorRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  const helpdesk = req.scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const verdict = await getRealtime(req.scope).limiter.hit(
    `conv:${requestIp(req)}:${req.params.id}`,
    helpdesk.getRateLimit("conversations")
  )
  if (!verdict.allowed) {
    await verdict.release()
    return tooManyRequests(
      res,
      new RateLimitedError(
        `Too many new chats from your network. Please try again in ${verdict.retryAfter} s.`,
        verdict.retryAfter
      )
    )
  }
  res.once("finish", () => {
    if (res.statusCode >= 400) {
      void verdict.release()
    }
  })
  next()
}

/** Transcript replays per visitor token, shared with the socket's replay. */
const limitReplays = (
  req: VisitorRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) =>
  withLimit(res, next, () =>
    limitVisitorReplay(getRealtime(req.scope), req.visitor!.token)
  )

/** Uploads per visitor token, counted like messages (a bucket of their own). */
const limitUploads = (
  req: VisitorRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) =>
  withLimit(res, next, () =>
    enforceLimit(
      getRealtime(req.scope),
      "messages",
      `attachments:${req.visitor!.token}`
    )
  )

/** Links from e-mailed replies opened, per address (the replay limit's numbers). */
const limitContinues = (
  req: VisitorRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) =>
  withLimit(res, next, () =>
    enforceLimit(
      getRealtime(req.scope),
      "replays",
      `continue:${requestIp(req)}`
    )
  )

const channelFromPath = (req: VisitorRequest) => req.params.id
const channelFromToken = (req: VisitorRequest) => req.visitor?.c

export const helpdeskPublicRoutesMiddlewares: MiddlewareRoute[] = [
  // without `methods` Express mounts these with app.use: they match every path below too
  {
    matcher: "/helpdesk/channels/:id",
    middlewares: [corsForChannel(channelFromPath)],
  },
  {
    methods: ["POST"],
    matcher: "/helpdesk/channels/:id/conversations",
    middlewares: [
      validateAndTransformBody(StartConversation),
      limitConversations,
    ],
  },
  {
    matcher: "/helpdesk/conversations/:id",
    middlewares: [readVisitorToken, corsForChannel(channelFromToken)],
  },
  {
    // the channel is known once the token is read: the route checks the origin itself
    methods: ["POST"],
    matcher: "/helpdesk/conversations/continue",
    middlewares: [
      validateAndTransformBody(ContinueConversation),
      limitContinues,
    ],
  },
  {
    methods: ["GET"],
    matcher: "/helpdesk/conversations/:id",
    middlewares: [requireVisitor],
  },
  {
    methods: ["GET", "POST"],
    matcher: "/helpdesk/conversations/:id/messages",
    middlewares: [requireVisitor],
  },
  {
    methods: ["GET"],
    matcher: "/helpdesk/conversations/:id/messages",
    middlewares: [
      validateAndTransformQuery(GetVisitorMessages, {}),
      limitReplays,
    ],
  },
  {
    methods: ["POST"],
    matcher: "/helpdesk/conversations/:id/messages",
    middlewares: [validateAndTransformBody(PostVisitorMessage)],
  },
  {
    methods: ["POST"],
    matcher: "/helpdesk/conversations/:id/attachments",
    middlewares: [requireVisitor, limitUploads, receiveAttachmentFiles],
  },
  {
    methods: ["GET"],
    matcher: "/helpdesk/conversations/:id/attachments/:attachment_id",
    middlewares: [requireVisitor],
  },
]
